package org.thirdsectoratlas.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The document-wide rules of the contract (docs/api.md "Contract conventions") applied once to the document the
 * annotations describe, so that no resource has to repeat them and a new resource follows them without trying:
 * the release's version and the deployment's servers; the responses every operation can give (400 when it takes
 * input, 401 for a token that is not valid, 429, 500, 503) and the rate-limit headers on them; bearer tokens as
 * optional on the public reads; Bean Validation patterns written as anchored ECMA-262 expressions (a plain
 * alternation of constant names becomes an enum); and the platform's bounds on every string, integer and array
 * that its class does not bound itself. Registered with mp.openapi.filter; the build runs the same filter
 * (smallrye-open-api-maven-plugin), so the document built from the classes and the one served are alike.
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** No text field can be written longer (descriptions, OrganisationDraft), and the seed's are shorter. */
    public static final int MAX_TEXT = 2000;
    /** Lists in answers are paged or capped well below this (docs/api.md). */
    public static final int MAX_ITEMS = 10_000;

    static final String RATE_LIMIT = "RateLimit";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String LINK = "Link";
    /**
     * Marks a read whose ETag is the record's version (what If-Match takes): it never answers 304
     * (OpenReadsFilter). The filter reads and removes it.
     */
    public static final String OWN_ETAG = "x-atlas-version-etag";
    /**
     * Marks a write whose JSON body is checked field by field: it can answer 413, 415 and 400 naming the field.
     * The filter reads and removes it.
     */
    public static final String CHECKED_BODY = "x-atlas-checked-body";
    /**
     * Marks a write that needs If-Match to name the version edited: it can answer 404, 428, and 412 with the current
     * state (the 200's content) in the body. The filter reads and removes it.
     */
    public static final String VERSIONED_WRITE = "x-atlas-versioned-write";

    /** The fraction digits of the pattern a scanner makes of {@code @Digits(fraction = n)}. */
    private static final Pattern DIGITS_FRACTION = Pattern.compile("\\[\\.\\]\\\\d\\{1,(\\d+)\\}");
    private static final Pattern CONSTANT_ALTERNATION = Pattern.compile("[A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)+");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = config();
        property(config, "atlas.api.version").ifPresent(api.getInfo()::setVersion); // the Maven project version
        api.setServers(new ArrayList<>());
        api.addServer(OASFactory.createServer()
                .url(property(config, "atlas.api.url").orElse("https://localhost:9443"))
                .description("This deployment (production: HTTPS)").addExtension("x-internal", false));
        // Plain HTTP is listed only where a developer asks for it (ATLAS_API_DEVELOPMENT_URL), never by default.
        String development = property(config, "atlas.api.development-url").orElse("");
        if (!development.isBlank()) {
            api.addServer(OASFactory.createServer().url(development)
                    .description("Local development only (plain HTTP)").addExtension("x-internal", true));
        }
        var components = api.getComponents();
        // The scanner lists the raw generic beside each PagedList<Item> and Snapshot<Insight>; nothing refers to it.
        components.removeSchema("PagedList");
        components.removeSchema("Snapshot");
        components.addHeader(RATE_LIMIT, header("The quota left for this client under the policy that applies: "
                + "`\"<policy>\";r=<requests left>;t=<seconds until the window resets>` "
                + "(IETF draft-ietf-httpapi-ratelimit-headers)", "\"writes\";r=29;t=41"));
        components.addHeader(RATE_LIMIT_POLICY, header("The policy that applies: `\"<policy>\";q=<requests>;w=<window "
                + "seconds>`; reads and writes (with the token endpoint) have separate quotas", "\"writes\";q=30;w=60"));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again", "41"));
        components.addHeader(ALLOW_ORIGIN, header("Any web page may call the API (bearer tokens, never cookies)",
                "*"));
        components.addHeader(LINK, header("RFC 8288 links to the first, previous, next and last pages of the same "
                + "query, as in the body's `links`", "<https://localhost:9443/api/organisations?page=1&size=20>; "
                + "rel=\"next\"").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(20_000)));
        components.getResponses().forEach((name, response) -> headers(response,
                ApiDocs.TOO_MANY_REQUESTS.equals(name)));
        if (api.getPaths() != null) {
            components.addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name(IdempotencyFilter.HEADER)
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                    .description("Any unique value (a UUID) that makes this write safe to send again: a retry with "
                            + "the same key gets the first answer (with `Idempotent-Replayed: true`) and writes "
                            + "nothing twice, through any server, for 24 h. The same key on a different request is "
                            + "a 422; while the first request runs, a 409 with Retry-After.")
                    .example("3f2c6a0e-8d1b-4c55-9a3e-2b7f0c1d9e44")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                            .pattern("^[!-~]{1,255}$")));
            components.addResponse(IDEMPOTENCY_KEY_REUSED, OASFactory.createAPIResponse()
                    .description("The Idempotency-Key was used before for a different request")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
            headers(components.getResponses().get(IDEMPOTENCY_KEY_REUSED), false);
            api.getPaths().getPathItems().forEach((path, item) -> {
                operations(item);
                staleVersions(item, components);
                if (!path.endsWith("/" + RateLimitFilter.TOKEN_PATH)) {
                    idempotentWrites(item);
                }
            });
        }
    }

    private void operations(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (unmark(operation, CHECKED_BODY)) {
                standard(operation, "413", ApiDocs.TOO_LARGE);
                standard(operation, "415", ApiDocs.UNSUPPORTED_MEDIA_TYPE);
                standard(operation, "400", ApiDocs.INVALID_FIELD);
            }
            if (unmark(operation, VERSIONED_WRITE)) {
                versioned(operation);
            }
            if (takesInput) {
                standard(operation, "400", ApiDocs.BAD_PARAMETER);
            }
            if (!unmark(operation, OWN_ETAG) && method == PathItem.HttpMethod.GET) {
                standard(operation, "304", ApiDocs.NOT_MODIFIED);
            }
            standard(operation, "401", ApiDocs.UNAUTHORIZED);
            standard(operation, "429", ApiDocs.TOO_MANY_REQUESTS);
            standard(operation, "500", ApiDocs.SERVER_ERROR);
            standard(operation, "503", ApiDocs.UNAVAILABLE);
            if (operation.getSecurity() == null) {
                // Public: a token is optional and shows what its holder may see (privacy tiers).
                operation.setSecurity(new ArrayList<>(List.of(
                        OASFactory.createSecurityRequirement().addScheme(ApiDocs.BEARER),
                        OASFactory.createSecurityRequirement())));
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (response.getRef() == null) {
                    headers(response, status.equals("429"));
                    if (status.equals("200") && paged(response)) {
                        response.addHeader(LINK, OASFactory.createHeader().ref(LINK));
                    }
                    if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                        // Every error leaves the API as a problem (ProblemMappers).
                        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/Problem"))));
                    }
                }
            });
        });
    }

    /**
     * A 412 leaves the API as a problem that carries the current state (EditingProblems.Stale), not as the bare
     * state the resource names: say so, with one named schema per state (StaleEditableOrganisationProblem...), and
     * the ETag of that state.
     */
    private static void staleVersions(PathItem item, org.eclipse.microprofile.openapi.models.Components components) {
        item.getOperations().values().forEach(operation -> {
            APIResponse stale = operation.getResponses().getAPIResponse("412");
            if (stale == null || stale.getRef() != null || stale.getContent() == null
                    || stale.getContent().getMediaType("application/json") == null) {
                return;
            }
            Schema state = stale.getContent().getMediaType("application/json").getSchema();
            if (state == null || state.getRef() == null) {
                return;
            }
            String stateName = state.getRef().substring(state.getRef().lastIndexOf('/') + 1);
            String name = "Stale" + stateName + "Problem";
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                Schema problem = components.getSchemas().get("Problem");
                Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("The problem a stale If-Match gets: `current` is the state as it is now, "
                                + "its version in the ETag header")
                        .required(new ArrayList<>(List.of("type", "title", "status", "detail", "current")));
                for (String property : List.of("type", "title", "status", "detail")) {
                    schema.addProperty(property, problem.getProperties().get(property));
                }
                schema.addProperty("current", OASFactory.createSchema().ref(state.getRef()));
                components.addSchema(name, schema);
            }
            stale.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + name))));
            stale.addHeader("ETag", OASFactory.createHeader().description("The current version, for the next If-Match")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        });
    }

    /** POST, PUT and PATCH take an Idempotency-Key (IdempotencyFilter); the token endpoint does not. */
    private static void idempotentWrites(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH) {
                operation.addParameter(OASFactory.createParameter()
                        .ref("#/components/parameters/" + IDEMPOTENCY_KEY));
                standard(operation, "409", ApiDocs.CONFLICT);
                standard(operation, "422", IDEMPOTENCY_KEY_REUSED);
            }
        });
    }

    private static boolean paged(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .anyMatch(type -> type.getSchema() != null && type.getSchema().getRef() != null
                        && type.getSchema().getRef().startsWith("#/components/schemas/PagedList"));
    }

    /**
     * Whether the operation carries the marker, which is then removed. A method-level @Extension lands on the
     * operation or on its responses, depending on the scanner.
     */
    private static boolean unmark(Operation operation, String marker) {
        boolean marked = marked(operation.getExtensions(), marker)
                || marked(operation.getResponses().getExtensions(), marker)
                || operation.getResponses().getAPIResponses().values().stream()
                        .anyMatch(response -> marked(response.getExtensions(), marker));
        if (marked) {
            operation.removeExtension(marker);
            operation.getResponses().removeExtension(marker);
            operation.getResponses().getAPIResponses().values().forEach(response -> response.removeExtension(marker));
        }
        return marked;
    }

    private static boolean marked(java.util.Map<String, Object> extensions, String marker) {
        return extensions != null && extensions.containsKey(marker);
    }

    /** 404, 428, and 412 whose body is the current state, as the 200 gives it. */
    private static void versioned(Operation operation) {
        standard(operation, "404", ApiDocs.NOT_FOUND);
        standard(operation, "428", ApiDocs.IF_MATCH_REQUIRED);
        if (!operation.getResponses().hasAPIResponse("412")) {
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            operation.getResponses().addAPIResponse("412", OASFactory.createAPIResponse()
                    .description("Someone changed it since: nothing was written; the body holds the current state "
                            + "and the ETag its version")
                    .content(ok == null ? null : ok.getContent()));
        }
    }

    private static void standard(Operation operation, String status, String ref) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    /**
     * What every answer carries: the client's quota (RateLimitFilter) and open CORS (OpenReadsFilter); a 429 also
     * says when to retry.
     */
    private static void headers(APIResponse response, boolean tooMany) {
        response.addHeader(RATE_LIMIT, OASFactory.createHeader().ref(RATE_LIMIT));
        response.addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader().ref(RATE_LIMIT_POLICY));
        response.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref(ALLOW_ORIGIN));
        if (tooMany) {
            response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        }
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            // A reference stands alone: the scanner adds form fields beside an explicit request body schema, and
            // generators refuse such a mix.
            schema.setProperties(null);
            schema.setType(null);
            return schema;
        }
        if (schema.getType() == null) {
            return schema;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types.contains(Schema.SchemaType.STRING)) {
            string(schema);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.ZERO); // counts, versions, hops and percentages
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf("int32".equals(schema.getFormat())
                        ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.NUMBER) && schema.getPattern() != null) {
            // @Digits: the server's scanner spells it as a pattern (which JSON Schema applies to strings only), the
            // build's as multipleOf; say it the second way in both documents.
            Matcher fraction = DIGITS_FRACTION.matcher(schema.getPattern());
            if (fraction.find() && schema.getMultipleOf() == null) {
                schema.setMultipleOf(BigDecimal.ONE.movePointLeft(Integer.parseInt(fraction.group(1))));
            }
            schema.setPattern(null);
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        return schema;
    }

    private static void string(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && schema.getEnumeration() == null && CONSTANT_ALTERNATION.matcher(pattern).matches()) {
            schema.setEnumeration(new ArrayList<>(Arrays.asList((Object[]) pattern.split("\\|"))));
            schema.setPattern(null);
        } else if (pattern != null) {
            schema.setPattern(ecma(pattern));
        }
        if (schema.getMaxLength() == null && schema.getEnumeration() == null && schema.getConstValue() == null) {
            schema.setMaxLength("date".equals(schema.getFormat()) ? 10
                    : "date-time".equals(schema.getFormat()) ? 40 : MAX_TEXT);
        }
    }

    /**
     * A Bean Validation pattern as JSON Schema reads it: anchored (Bean Validation matches the whole value, JSON
     * Schema searches), the Java-only class \p{Cntrl} spelled out and the (?s) flag dropped (no pattern here uses
     * '.', the only thing it changes).
     */
    static String ecma(String javaPattern) {
        String body = javaPattern.replace("\\p{Cntrl}", "\\x00-\\x1F\\x7F").replace("(?s)", "");
        if (body.startsWith("^") && body.endsWith("$")) {
            return body;
        }
        return "^(?:" + body + ")$";
    }

    private static Config config() {
        try {
            return ConfigProvider.getConfig(OpenApiDocumentFilter.class.getClassLoader());
        } catch (RuntimeException | LinkageError e) {
            return null; // a build without MicroProfile Config: the defaults
        }
    }

    private static Optional<String> property(Config config, String name) {
        if (config != null) {
            try {
                Optional<String> value = config.getOptionalValue(name, String.class);
                if (value.isPresent()) {
                    return value;
                }
            } catch (RuntimeException e) {
                // fall through to the system property
            }
        }
        return Optional.ofNullable(System.getProperty(name));
    }
}
