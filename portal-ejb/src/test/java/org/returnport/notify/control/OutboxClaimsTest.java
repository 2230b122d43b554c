package org.returnport.notify.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.notify.control.OutboxClaims.Claim;

class OutboxClaimsTest {

  @ParameterizedTest(name = "after {0} failed attempts, wait {1} s")
  @CsvSource({"1, 30", "2, 60", "3, 120", "5, 480", "7, 1920", "8, 3600", "11, 3600"})
  void retriesWaitTwiceAsLongEachTimeUpToAnHour(int attempts, long seconds) {
    assertThat(OutboxClaims.backOff(attempts)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest(name = "{0} s before the lease ends: may send = {1}")
  @CsvSource({"300, true", "61, true", "60, false", "10, false", "0, false", "-5, false"})
  void aClaimIsSentOnlyWhileEnoughOfItsLeaseIsLeft(long secondsLeft, boolean maySend) {
    Instant until = Instant.parse("2026-12-01T12:00:00Z");
    Claim cut = new Claim(List.of(), until);

    assertThat(cut.heldAt(until.minusSeconds(secondsLeft), Duration.ofSeconds(60)))
        .isEqualTo(maySend);
  }
}
