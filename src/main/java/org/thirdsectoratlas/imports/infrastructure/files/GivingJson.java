package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.Grant;
import org.thirdsectoratlas.imports.domain.GivingDates;
import org.thirdsectoratlas.imports.domain.GrantRecords;
import org.thirdsectoratlas.imports.domain.Origin;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.RowError;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A 360Giving 1.4 JSON package ({"grants": [...]}): every grant validated against the published grant schema
 * (src/main/resources/standards/360giving-1.4, with its licence) by networknt json-schema-validator, format
 * assertions on (the dates are a oneOf of a pattern and format date-time). A grant that fails is reported by
 * its position and id with the field; the others are read.
 */
public final class GivingJson {

    static final String SCHEMA = "standards/360giving-1.4/360-giving-schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Schema grantSchema;

    private GivingJson() {
    }

    static Schema schema() {
        if (grantSchema == null) {
            try (InputStream in = GivingJson.class.getClassLoader().getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA + " is missing from the application");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                grantSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(text, InputFormat.JSON);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return grantSchema;
    }

    public static ParsedFile read(Path file, String sheetName) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new BadFileException("The file is not valid JSON (" + e.getOriginalMessage() + ").");
        }
        JsonNode grants = root == null ? null : root.get("grants");
        if (grants == null || !grants.isArray()) {
            throw new BadFileException("A 360Giving JSON package is an object with a 'grants' array.");
        }
        if (grants.isEmpty()) {
            throw new BadFileException("The package's 'grants' array is empty (the schema asks for at least one).");
        }
        GrantRecords records = new GrantRecords();
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        Schema schema = schema();
        for (int i = 0; i < grants.size(); i++) {
            JsonNode grant = grants.get(i);
            long row = i + 1L;
            String id = grant.path("id").isString() ? grant.path("id").asString() : "";
            String sheet = sheetName + " grants[" + i + "]" + (id.isEmpty() ? "" : " " + id);
            List<Error> problems = schema.validate(grant, context -> context.executionConfig(
                    c -> c.formatAssertionsEnabled(true)));
            if (!problems.isEmpty()) {
                for (Error p : problems.subList(0, Math.min(problems.size(), 20))) {
                    String field = p.getInstanceLocation().toString().replaceFirst("^[$/]+\\.?", "").replace('/', '.');
                    if (p.getProperty() != null && "required".equals(p.getKeyword())) {
                        field = (field.isEmpty() ? "" : field + ".") + p.getProperty();
                    }
                    errors.add(new RowError(sheet, row, field.isEmpty() ? null : field,
                            p.getInstanceNode() == null || p.getInstanceNode().isContainer() ? null
                                    : p.getInstanceNode().asString(),
                            "Grant '" + (id.isEmpty() ? "#" + (i + 1) : id) + "' fails the 360Giving schema: "
                                    + p.getMessage()));
                }
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, i);
            if (earlier != null) {
                errors.add(new RowError(sheet, row, "id", id, "The grant '" + id + "' is already grants["
                        + earlier + "]."));
                continue;
            }
            JsonNode recipients = grant.path("recipientOrganization");
            if (!recipients.isArray() || recipients.isEmpty()) {
                skipped.merge("grants to individuals", 1L, Long::sum);
                continue;
            }
            JsonNode recipient = recipients.get(0);
            JsonNode funder = grant.path("fundingOrganization").get(0);
            JsonNode programme = grant.path("grantProgramme").path(0);
            JsonNode location = grant.path("beneficiaryLocation").path(0);
            records.add(new Grant(id, text(grant, "title"), grant.path("amountAwarded").asDouble(),
                    text(grant, "currency"), GivingDates.date(text(grant, "awardDate")),
                    new Grant.Party(text(recipient, "id"), text(recipient, "name"), text(recipient, "charityNumber"),
                            text(recipient, "companyNumber")),
                    new Grant.Party(text(funder, "id"), text(funder, "name"), null, null),
                    text(programme, "title"), text(location, "name"), new Origin(sheet, row)));
        }
        return new ParsedFile(records.nodes(), records.relationships(), errors, skipped, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
