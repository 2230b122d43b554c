package org.returnport.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsThePublishedStandardWebhooksExample() {
    // The example of the Standard Webhooks specification and its reference libraries.
    String signature =
        WebhookSignature.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330L,
            "{\"test\": 2432232314}");

    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void anyChangeOfIdTimeOrBodyChangesTheSignature() {
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    String signed = WebhookSignature.sign(secret, "msg_1", 1614265330L, "{\"a\":1}");

    assertThat(WebhookSignature.sign(secret, "msg_2", 1614265330L, "{\"a\":1}"))
        .isNotEqualTo(signed);
    assertThat(WebhookSignature.sign(secret, "msg_1", 1614265331L, "{\"a\":1}"))
        .isNotEqualTo(signed);
    assertThat(WebhookSignature.sign(secret, "msg_1", 1614265330L, "{\"a\":2}"))
        .isNotEqualTo(signed);
    assertThat(
            WebhookSignature.sign(WebhookSignature.newSecret(), "msg_1", 1614265330L, "{\"a\":1}"))
        .isNotEqualTo(signed);
  }

  @Test
  void aNewSecretIsWhsecAnd32RandomBytes() {
    String one = WebhookSignature.newSecret();
    String two = WebhookSignature.newSecret();

    assertThat(one).startsWith("whsec_").isNotEqualTo(two);
    assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
  }
}
