package fi.respiteplanner.api.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document's promises that no controller states itself, in one place so that new endpoints get them too:
 * the three ways to log in (the page's session cookie, HTTP Basic, a bearer token: an API token or the identity
 * provider's JWT) and every operation's refusals as RFC 9457 problem bodies ({@link ProblemResponses}): 400 with
 * {@code violations} where there is input, 401 and 403 where a login is needed, 404 where a path names something, 409
 * where a change meets a state, 413 where there is a body, 429 with {@code Retry-After} (a full solving queue, throttled
 * logins). The document is relative to wherever the service runs.
 */
@Configuration
class ApiDescription {

    static final String PROBLEM = "Problem";
    private static final String SESSION = "session";
    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";
    /** The only operation that needs no login: the login form's CSRF token. */
    private static final String PUBLIC_PATH = "/api/csrf";

    private record Refusal(String code, String name, String description) {
    }

    private static final Refusal BAD_REQUEST = new Refusal("400", "BadRequest",
            "The input is not valid: `violations` names each field and the reason");
    private static final Refusal UNAUTHORIZED = new Refusal("401", "Unauthorized", "No login, or credentials that are not valid");
    private static final Refusal FORBIDDEN = new Refusal("403", "Forbidden",
            "The caller's role does not allow this, or a session's request lacks its CSRF token");
    private static final Refusal NOT_FOUND = new Refusal("404", "NotFound",
            "No such thing among those the caller's organisation units may see");
    private static final Refusal CONFLICT = new Refusal("409", "Conflict", "The action does not fit the current state (e.g. stopping a plan that is not solving)");
    private static final Refusal TOO_LARGE = new Refusal("413", "PayloadTooLarge",
            "The body or the work it asks for is over a limit (body size, requests per plan, what-if variants or beds)");
    private static final Refusal TOO_MANY = new Refusal("429", "TooManyRequests",
            "The solving queue is full, or too many failed logins: try again after `Retry-After` seconds");

    @Bean
    OpenAPI respitePlannerApi() {
        Components components = new Components()
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("SESSION")
                        .description("The web page's session after logging in through the login form (POST /login); every change sends "
                                + "the session's CSRF token (GET /api/session) in the header it names"))
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of the embedded login with their password (a bcrypt check on every request)"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token (POST /api/session/tokens, `rp_…`) or, in jwt mode, the identity provider's token"))
                .addSchemas("Violation", new ObjectSchema().description("What is wrong with one field")
                        .addProperty("field", new StringSchema().description("JSON path of the field, e.g. stays[3].nights"))
                        .addProperty("reason", new StringSchema()).required(List.of("field", "reason")))
                .addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
                        .addProperty("type", new StringSchema().example("about:blank"))
                        .addProperty("title", new StringSchema().example("Bad Request"))
                        .addProperty("status", new IntegerSchema().example(400))
                        .addProperty("detail", new StringSchema().example("stayId: no stay 'S000028' in the plan"))
                        .addProperty("instance", new StringSchema().description("The request's path"))
                        .addProperty("violations", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation")))
                        .required(List.of("title", "status")));
        for (Refusal refusal : List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, TOO_MANY)) {
            ApiResponse response = new ApiResponse().description(refusal.description()).content(new Content().addMediaType(
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType().schema(
                            new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            if (refusal == TOO_MANY) {
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait").schema(new IntegerSchema()));
            }
            components.addResponses(refusal.name(), response);
        }
        return new OpenAPI().info(new Info().title("Respite planner").version("1")
                .description("Short-term care (respite) and holiday-activity planning for Finnish disability services. "
                        + "Every path needs a login; refusals are RFC 9457 problem bodies."))
                .servers(List.of(new Server().url("/").description("The service itself")))
                .components(components)
                .security(List.of(new SecurityRequirement().addList(SESSION), new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer refusals() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean secured = !path.equals(PUBLIC_PATH);
            if (!secured) {
                operation.setSecurity(List.of());
            }
            boolean input = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            boolean names = path.contains("{");
            boolean changes = method != PathItem.HttpMethod.GET;
            add(operation, BAD_REQUEST, input);
            add(operation, UNAUTHORIZED, secured);
            add(operation, FORBIDDEN, secured);
            add(operation, NOT_FOUND, names);
            add(operation, CONFLICT, changes && names);
            add(operation, TOO_LARGE, operation.getRequestBody() != null);
            add(operation, TOO_MANY, secured);
        }));
    }

    private static void add(Operation operation, Refusal refusal, boolean applies) {
        ApiResponses responses = operation.getResponses();
        if (applies && !responses.containsKey(refusal.code())) {
            responses.addApiResponse(refusal.code(), new ApiResponse().$ref("#/components/responses/" + refusal.name()));
        }
    }
}
