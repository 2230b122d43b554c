package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxWordsTest {

  @Test
  void wordsInThePaymentReferenceSteerTheSandboxWhateverTheirCase() {
    assertThat(SandboxWords.declines("pi_DECLINE_1")).contains(SandboxWords.CARD_CLOSED);
    assertThat(SandboxWords.declines("pi_insufficient")).contains(SandboxWords.INSUFFICIENT_FUNDS);
    assertThat(SandboxWords.declines("pi_123")).isEmpty();
    assertThat(SandboxWords.timesOut("order-TimeOut-7")).isTrue();
    assertThat(SandboxWords.pending("pi_pending")).isTrue();
    assertThat(SandboxWords.unreachable("pi_unreachable")).isTrue();
    assertThat(SandboxWords.rejects("pi_reject")).isTrue();
    assertThat(SandboxWords.timesOut(null)).isFalse();
  }
}
