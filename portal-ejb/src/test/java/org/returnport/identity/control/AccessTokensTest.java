package org.returnport.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens with key ids Keycloak never issued must not make the server fetch its keys each time. */
class AccessTokensTest {

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  final AtomicInteger fetches = new AtomicInteger();
  HttpServer keycloak;
  KeyPair realmKey;
  AccessTokens cut;

  @BeforeEach
  void aRealmWithOneKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    realmKey = generator.generateKeyPair();
    RSAPublicKey key = (RSAPublicKey) realmKey.getPublic();
    String jwks =
        "{\"keys\":[{\"kid\":\"real\",\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\""
            + base64(key.getModulus())
            + "\",\"e\":\""
            + base64(key.getPublicExponent())
            + "\"}]}";
    keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    keycloak.createContext(
        "/realms/test/protocol/openid-connect/certs",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    keycloak.start();
    cut = new AccessTokens();
    cut.settings = new KeycloakSettings();
    cut.settings.url = "http://localhost:" + keycloak.getAddress().getPort();
    cut.settings.realm = "test";
    at(NOW);
  }

  @AfterEach
  void stop() {
    keycloak.stop(0);
  }

  @Test
  void unknownKeyIdsFetchTheKeysAtMostOncePerInterval() throws Exception {
    assertThat(cut.verify(token("real"))).isPresent();
    assertThat(fetches).hasValue(1);

    for (int i = 0; i < 100; i++) {
      assertThat(cut.verify(token("made-up-" + i))).isEmpty();
    }
    assertThat(fetches).as("within the interval of the first fetch").hasValue(1);

    at(NOW.plus(AccessTokens.REFRESH_INTERVAL));
    for (int i = 0; i < 100; i++) {
      assertThat(cut.verify(token("made-up-again-" + i))).isEmpty();
    }
    assertThat(fetches).as("one more fetch once the interval has passed").hasValue(2);
    assertThat(cut.verify(token("real"))).isPresent();
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aNewKeyIsPickedUpOnceTheIntervalHasPassed() throws Exception {
    assertThat(cut.verify(token("rotated"))).isEmpty();
    at(NOW.plus(Duration.ofSeconds(5)));
    assertThat(cut.verify(token("real"))).as("known from the first fetch").isPresent();
    assertThat(fetches).hasValue(1);
  }

  private void at(Instant now) {
    cut.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  private String token(String kid) throws Exception {
    String header = json("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}");
    String claims =
        json(
            "{\"iss\":\""
                + cut.settings.realmUrl()
                + "\",\"aud\":\"returnport-api\",\"sub\":\"u1\",\"exp\":"
                + NOW.plus(Duration.ofHours(1)).getEpochSecond()
                + "}");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(realmKey.getPrivate());
    rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return header
        + "."
        + claims
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static String json(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String base64(BigInteger number) {
    byte[] bytes = number.toByteArray();
    if (bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
