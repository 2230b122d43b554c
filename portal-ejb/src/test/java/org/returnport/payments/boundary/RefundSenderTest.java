package org.returnport.payments.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefundSenderTest {

  @Test
  void aFailedRefundWaitsTwiceAsLongEachTimeAtMostAnHour() {
    RefundSender.Pace pace = new RefundSender.Pace(Duration.ofSeconds(30), Duration.ofMinutes(10));

    assertThat(pace.backOff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(pace.backOff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(pace.backOff(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(pace.backOff(12)).isEqualTo(Duration.ofHours(1));
  }
}
