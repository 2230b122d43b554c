package org.returnport.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a Keycloak access token presented to the API: RS256 signature by a key of the realm
 * (fetched once, again when an unknown key id shows up, but not more often than once per {@link
 * #REFRESH_INTERVAL}: tokens with made-up key ids cannot make us hammer Keycloak), issuer, audience
 * {@code returnport-api}, expiry. Anything else is not a token.
 */
@ApplicationScoped
public class AccessTokens {

  public static final String AUDIENCE = "returnport-api";
  private static final Duration SKEW = Duration.ofSeconds(30);

  /** Keycloak rotates keys rarely; a new key is picked up within this long. */
  static final Duration REFRESH_INTERVAL = Duration.ofSeconds(15);

  @Inject KeycloakSettings settings;

  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  Clock clock = Clock.systemUTC();
  private Instant lastRefresh;

  public Optional<VerifiedToken> verify(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonObject header = json(parts[0]);
      JsonObject claims = json(parts[1]);
      if (!"RS256".equals(header.getString("alg", ""))) {
        return Optional.empty();
      }
      PublicKey key = key(header.getString("kid", ""));
      if (key == null || !signed(parts, key) || !valid(claims)) {
        return Optional.empty();
      }
      return Optional.of(
          new VerifiedToken(
              claims.getString("sub", ""),
              claims.getString("email", ""),
              strings(claims.get("groups")),
              List.copyOf(strings(claims.get("organization")))));
    } catch (RuntimeException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private boolean valid(JsonObject claims) {
    long now = clock.instant().getEpochSecond();
    return settings.realmUrl().equals(claims.getString("iss", ""))
        && strings(claims.get("aud")).contains(AUDIENCE)
        && claims.getJsonNumber("exp").longValue() + SKEW.toSeconds() > now
        && (!claims.containsKey("nbf")
            || claims.getJsonNumber("nbf").longValue() - SKEW.toSeconds() <= now);
  }

  private static boolean signed(String[] parts, PublicKey key) throws GeneralSecurityException {
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(key);
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
  }

  private PublicKey key(String kid) throws GeneralSecurityException {
    PublicKey key = keys.get(kid);
    if (key == null) {
      refreshKeys(kid);
      key = keys.get(kid);
    }
    return key;
  }

  /**
   * Fetches the realm's keys unless they were fetched within {@link #REFRESH_INTERVAL} (whether or
   * not that worked), or another thread already brought the wanted key meanwhile.
   */
  private synchronized void refreshKeys(String kid) throws GeneralSecurityException {
    Instant now = clock.instant();
    if (keys.containsKey(kid)
        || (lastRefresh != null && now.isBefore(lastRefresh.plus(REFRESH_INTERVAL)))) {
      return;
    }
    lastRefresh = now;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.realmUrl() + "/protocol/openid-connect/certs"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    String body;
    try {
      body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IdentityProviderException("Keycloak keys unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderException("interrupted reading Keycloak keys", e);
    }
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    try (var reader = Json.createReader(new StringReader(body))) {
      for (JsonValue value : reader.readObject().getJsonArray("keys")) {
        JsonObject jwk = value.asJsonObject();
        if ("RSA".equals(jwk.getString("kty", "")) && "sig".equals(jwk.getString("use", "sig"))) {
          BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
          BigInteger exponent =
              new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
          keys.put(
              jwk.getString("kid"), rsa.generatePublic(new RSAPublicKeySpec(modulus, exponent)));
        }
      }
    }
  }

  private static JsonObject json(String part) {
    String decoded = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(decoded))) {
      return reader.readObject();
    }
  }

  /** A claim that is a string or an array of strings, as a set; absent is empty. */
  private static Set<String> strings(JsonValue claim) {
    if (claim == null) {
      return Set.of();
    }
    if (claim.getValueType() == JsonValue.ValueType.STRING) {
      return Set.of(((JsonString) claim).getString());
    }
    if (claim.getValueType() == JsonValue.ValueType.ARRAY) {
      return claim.asJsonArray().stream()
          .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
          .map(v -> ((JsonString) v).getString())
          .collect(Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }

  /** What the API needs of a checked token. */
  public record VerifiedToken(
      String subject, String email, Set<String> roles, List<String> organizations) {}
}
