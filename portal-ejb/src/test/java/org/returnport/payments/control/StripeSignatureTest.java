package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.payments.control.StripeSignature.Check;

class StripeSignatureTest {

  static final String SECRET = "whsec_test_secret_of_the_store";
  static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"refund.updated\"}".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  static final long T = NOW.getEpochSecond();

  static String v1(byte[] body, String secret, long t) {
    return StripeSignature.header(body, secret, t).substring(("t=" + t + ",").length());
  }

  static Stream<Arguments> deliveries() {
    byte[] tampered = "{\"id\":\"evt_1\",\"type\":\"refund.updated\" }".getBytes();
    return Stream.of(
        Arguments.of("signed now", StripeSignature.header(BODY, SECRET, T), BODY, Check.VALID),
        Arguments.of(
            "signed 4 minutes ago",
            StripeSignature.header(BODY, SECRET, T - 240),
            BODY,
            Check.VALID),
        Arguments.of(
            "signed with another secret",
            StripeSignature.header(BODY, "whsec_someone_else", T),
            BODY,
            Check.FORGED),
        Arguments.of(
            "body changed after signing",
            StripeSignature.header(BODY, SECRET, T),
            tampered,
            Check.FORGED),
        Arguments.of(
            "timestamp changed after signing",
            "t=" + (T + 1) + "," + v1(BODY, SECRET, T),
            BODY,
            Check.FORGED),
        Arguments.of(
            "signed 6 minutes ago",
            StripeSignature.header(BODY, SECRET, T - 360),
            BODY,
            Check.STALE),
        Arguments.of(
            "signed 6 minutes ahead",
            StripeSignature.header(BODY, SECRET, T + 360),
            BODY,
            Check.STALE),
        Arguments.of(
            "old secret first, current secret second",
            "t=" + T + "," + v1(BODY, "whsec_old_secret", T) + "," + v1(BODY, SECRET, T),
            BODY,
            Check.VALID),
        Arguments.of(
            "several v1, none matching",
            "t=" + T + "," + v1(BODY, "whsec_a", T) + "," + v1(BODY, "whsec_b", T),
            BODY,
            Check.FORGED),
        Arguments.of(
            "v0 scheme only",
            "t=" + T + ",v0=" + v1(BODY, SECRET, T).substring(3),
            BODY,
            Check.MISSING),
        Arguments.of("no timestamp", v1(BODY, SECRET, T), BODY, Check.MISSING),
        Arguments.of("not hex", "t=" + T + ",v1=zz-not-hex", BODY, Check.FORGED),
        Arguments.of("empty header", "", BODY, Check.MISSING),
        Arguments.of("no header", null, BODY, Check.MISSING));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("deliveries")
  void theSignatureHeaderIsChecked(String name, String header, byte[] body, Check expected) {
    assertThat(StripeSignature.check(body, header, SECRET, NOW, Duration.ofMinutes(5)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deliveries")
  void withoutASigningSecretNothingIsValid(String name, String header, byte[] body, Check ignored) {
    assertThat(StripeSignature.check(body, header, null, NOW, Duration.ofMinutes(5)))
        .isEqualTo(Check.MISSING);
  }
}
