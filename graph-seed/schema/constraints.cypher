// Third Sector Atlas - graph schema (Neo4j 5).
// Statements are separated by ';'. All are idempotent (IF NOT EXISTS), so the loader may run this file on every start.

// ---- Uniqueness of the readable slug id on every node label ----
CREATE CONSTRAINT organisation_id IF NOT EXISTS
FOR (n:Organisation) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT network_id IF NOT EXISTS
FOR (n:Network) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT consortium_id IF NOT EXISTS
FOR (n:Consortium) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT consortiumstructure_id IF NOT EXISTS
FOR (n:ConsortiumStructure) REQUIRE n.id IS UNIQUE;

// Contract: no Leeds seed file (the research names no contract), but the label is part of the model.
CREATE CONSTRAINT contract_id IF NOT EXISTS
FOR (n:Contract) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT programme_id IF NOT EXISTS
FOR (n:Programme) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT resource_id IF NOT EXISTS
FOR (n:Resource) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT community_id IF NOT EXISTS
FOR (n:Community) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT locality_id IF NOT EXISTS
FOR (n:Locality) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT publication_id IF NOT EXISTS
FOR (n:Publication) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT trendfigure_id IF NOT EXISTS
FOR (n:TrendFigure) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT checklistitem_id IF NOT EXISTS
FOR (n:ChecklistItem) REQUIRE n.id IS UNIQUE;

// ---- One SeedVersion node per dataset (records which seed version was loaded) ----
CREATE CONSTRAINT seedversion_dataset IF NOT EXISTS
FOR (n:SeedVersion) REQUIRE n.dataset IS UNIQUE;

// ---- Range indexes for lookups and filters ----
CREATE INDEX organisation_name IF NOT EXISTS
FOR (n:Organisation) ON (n.name);

CREATE INDEX organisation_kind IF NOT EXISTS
FOR (n:Organisation) ON (n.kind);

CREATE INDEX network_name IF NOT EXISTS
FOR (n:Network) ON (n.name);

CREATE INDEX consortium_name IF NOT EXISTS
FOR (n:Consortium) ON (n.name);

// Grants (FUNDS carrying a 360Giving grant) by the programme they were made under: a programme's page and
// its directory line find its grants through this index, not by scanning every FUNDS relationship.
CREATE INDEX funds_programme IF NOT EXISTS
FOR ()-[f:FUNDS]-() ON (f.programmeId);

// ---- Full-text search over names, aliases (LIST<STRING>) and descriptions ----
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organisation|Network|Consortium|Programme)
ON EACH [n.name, n.aliases, n.description];

// ---- The change log's counter: every replica reads it every 500 ms (platform/graph ChangeSignal) ----
CREATE CONSTRAINT changecounter_id IF NOT EXISTS
FOR (n:ChangeCounter) REQUIRE n.id IS UNIQUE;

// ---- Answers to writes sent with an Idempotency-Key (platform/graph IdempotentAnswers), kept for a day ----
CREATE CONSTRAINT idempotentrequest_id IF NOT EXISTS
FOR (n:IdempotentRequest) REQUIRE n.id IS UNIQUE;

CREATE INDEX idempotentrequest_expires IF NOT EXISTS
FOR (n:IdempotentRequest) ON (n.expiresAt);

// ---- The change log by number: the trust graph reads the changes since the last it applied ----
CREATE INDEX change_sequence IF NOT EXISTS
FOR (c:Change) ON (c.sequence);
