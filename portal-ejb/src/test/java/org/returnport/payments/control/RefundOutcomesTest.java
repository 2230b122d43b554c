package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The shopper reads a refund's timeline entries in the return's language. */
class RefundOutcomesTest {

  @Test
  void everyTextExistsInEnglishAndChinese() {
    ResourceBundle english = RefundOutcomes.texts("en");
    ResourceBundle chinese = RefundOutcomes.texts("zh");

    assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    assertThat(english.getString("sent")).startsWith("Your refund");
    assertThat(chinese.getString("sent")).startsWith("您的退款");
  }

  @Test
  void aDeclineIsExplainedByItsReasonOrPlainlyWhenTheCodeIsUnknown() {
    ResourceBundle english = RefundOutcomes.texts("en");

    for (String code :
        List.of(
            SandboxWords.CARD_CLOSED,
            SandboxWords.INSUFFICIENT_FUNDS,
            SandboxWords.AMOUNT_TOO_LARGE)) {
      assertThat(RefundOutcomes.reason(english, code))
          .isNotEqualTo(english.getString("reason.other"));
    }
    assertThat(RefundOutcomes.reason(english, "gateway_rejected"))
        .isEqualTo(english.getString("reason.other"));
    assertThat(RefundOutcomes.reason(english, null)).isEqualTo(english.getString("reason.other"));
  }
}
