package fi.respiteplanner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.ServiceTest;

/**
 * The page's API types are generated from {@code frontend/openapi.json} (openapi-typescript in its build). This test
 * writes that file from the service's {@code /v3/api-docs} and fails when it changed, so a service change that the
 * page's types do not know yet fails the build until the new document is committed (and the page compiles against it).
 * Keys are sorted here (springdoc's own order depends on which application context of the test run configured its
 * shared mapper first). CI lints the file with Redocly CLI's recommended rules (.ci/openapi-lint).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest extends ServiceTest {

    private static final Path DOCUMENT = Path.of("frontend/openapi.json");

    @Test
    void thePagesOpenApiDocumentIsTheServicesOwn() throws IOException {
        Http.Response response = new Http(port).get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ObjectNode document = (ObjectNode) response.json();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String current = json.writeValueAsString(json.treeToValue(document, Object.class)) + "\n";
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!current.equals(committed)) {
            Files.writeString(DOCUMENT, current, StandardCharsets.UTF_8);
        }
        assertThat(committed.equals(current)).as("%s is not the service's OpenAPI document; it has been rewritten now: build the page "
                + "(npm run build) to see where its types disagree, then commit the file", DOCUMENT.toAbsolutePath()).isTrue();
    }
}
