package org.returnport.parcels.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  static final byte[] BODY = "{\"event_id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
  static final String SECRET = "whsec-test-secret";

  /** Computed apart from this code (Python's hmac and base64) for the body and secret above. */
  static final String EXPECTED = "GhK6Him4Pbhyz6KTURclkg9JhaPqtxt/4ojNAe8kwuA=";

  @Test
  void theSignatureIsTheBase64HmacSha256OfTheRawBody() {
    assertThat(WebhookSignature.sign(BODY, SECRET)).isEqualTo(EXPECTED);
    assertThat(WebhookSignature.verify(BODY, EXPECTED, SECRET)).isTrue();
    assertThat(WebhookSignature.verify(BODY, " " + EXPECTED + "\n", SECRET)).isTrue();
  }

  @Test
  void anyChangeOfBodySecretOrSignatureIsRefused() {
    byte[] altered = "{\"event_id\":\"e2\"}".getBytes(StandardCharsets.UTF_8);
    byte[] reformatted = "{ \"event_id\": \"e1\" }".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.verify(altered, EXPECTED, SECRET)).isFalse();
    assertThat(WebhookSignature.verify(reformatted, EXPECTED, SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, EXPECTED, "another-secret")).isFalse();
    assertThat(WebhookSignature.verify(BODY, EXPECTED.replace('G', 'H'), SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, "not base64 !", SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, null, SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, EXPECTED, "")).isFalse();
  }
}
