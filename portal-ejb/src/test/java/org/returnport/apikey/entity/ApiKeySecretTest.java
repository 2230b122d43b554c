package org.returnport.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeySecretTest {

  @Test
  void generatedKeysHaveTheirFormatAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    IntStream.range(0, 1000)
        .mapToObj(i -> ApiKeySecret.generate())
        .forEach(
            key -> {
              assertThat(ApiKeySecret.looksLikeAKey(key.value())).isTrue();
              assertThat(key.value()).startsWith("rp_" + key.prefix());
              assertThat(seen.add(key.value())).isTrue();
            });
  }

  @Test
  void theStoredHashIsStableAndDoesNotContainTheKey() {
    ApiKeySecret key = ApiKeySecret.generate();
    assertThat(key.hash()).isEqualTo(new ApiKeySecret(key.value()).hash()).hasSize(64);
    assertThat(key.hash()).doesNotContain(key.value().substring(3));
    assertThat(key.toString()).doesNotContain(key.value());
  }

  @ParameterizedTest(name = "\"{0}\" looks like a key: {1}")
  @CsvSource({
    "rp_abcdefghijABCDEFGHIJ0123456789abcdefghij, true",
    "rp_abcdefghijABCDEFGHIJ0123456789abcdefghi, false",
    "rp_abcdefghijABCDEFGHIJ0123456789abcdefghijk, false",
    "xx_abcdefghijABCDEFGHIJ0123456789abcdefghij, false",
    "rp_abcdefghijABCDEFGHIJ0123456789abcdefgh-j, false",
    "'', false"
  })
  void onlyWellFormedKeysAreLookedUp(String candidate, boolean wellFormed) {
    assertThat(ApiKeySecret.looksLikeAKey(candidate)).isEqualTo(wellFormed);
  }

  @Test
  void aRevokedKeyStaysRevoked() {
    ApiKey key = new ApiKey("sync", ApiKeySecret.generate(), Instant.EPOCH);
    assertThat(key.isActive()).isTrue();
    key.revoke(Instant.parse("2026-01-01T00:00:00Z"));
    key.revoke(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(key.isActive()).isFalse();
    assertThat(key.getRevokedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }
}
