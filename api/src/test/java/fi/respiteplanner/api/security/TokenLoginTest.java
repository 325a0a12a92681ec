package fi.respiteplanner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fi.respiteplanner.api.Http;
import fi.respiteplanner.api.TestDatabase;
import fi.respiteplanner.datasets.json.PlanJson;
import fi.respiteplanner.datasets.respite.BundledDatasets;

/** The identity-provider mode: bearer tokens signed by the provider's key, roles and units from claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planner.security.mode=jwt")
class TokenLoginTest {

    @TempDir
    static Path dataDir;

    private static KeyPair keys;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path publicKey = dataDir.resolve("idp.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        TestDatabase.register(registry, dataDir);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @LocalServerPort
    int port;

    private static String token(String subject, List<String> roles, List<String> units) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles).claim("org_units", units)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    @Test
    void tokensCarryRolesAndOrganisationUnits() throws Exception {
        Http planner = Http.withToken(port, token("p1", List.of("PLANNER"), List.of("HEL")));
        Http viewer = Http.withToken(port, token("v1", List.of("VIEWER"), List.of("HEL")));
        Http elsewhere = Http.withToken(port, token("v2", List.of("VIEWER"), List.of("TRE")));
        String small = PlanJson.write(BundledDatasets.load("respite-S").orElseThrow());

        Http.Response submitted = planner.post("/api/respite/plans?timeLimitSeconds=1", small);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        assertThat(submitted.json().get("orgUnit").asText()).isEqualTo("HEL");
        viewer.await("/api/respite/plans/" + id, plan -> plan.get("status").asText().equals("DONE"), Duration.ofSeconds(60));

        assertThat(viewer.post("/api/respite/plans", small).status()).isEqualTo(403);
        assertThat(elsewhere.get("/api/respite/plans/" + id).status()).isEqualTo(404);
        assertThat(new Http(port, null, null).get("/api/respite/plans").status()).isEqualTo(401);
        assertThat(Http.withToken(port, "not-a-token").get("/api/respite/plans").status()).isEqualTo(401);
        assertThat(new Http(port).get("/api/respite/plans").status()).as("no Basic login in token mode").isEqualTo(401);
    }
}
