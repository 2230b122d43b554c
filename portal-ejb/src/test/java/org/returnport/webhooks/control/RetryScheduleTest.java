package org.returnport.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

  private final RetrySchedule cut = new RetrySchedule(RetrySchedule.BASE);

  @ParameterizedTest(name = "after failure {0}: wait {1}")
  @CsvSource({
    "1, PT5S",
    "2, PT5M",
    "3, PT30M",
    "4, PT2H",
    "5, PT5H",
    "6, PT10H",
    "7, PT10H",
    "12, PT10H"
  })
  void waitsLongerAfterEachFailureThenEveryTenHours(int failures, Duration wait) {
    assertThat(cut.after(failures)).isEqualTo(wait);
  }

  @Test
  void triesForThreeDaysAndThenGivesUp() {
    Instant first = Instant.parse("2026-12-01T00:00:00Z");
    Instant now = first;
    int failures = 0;
    while (true) {
      failures++;
      var next = cut.next(first, failures, now);
      if (next.isEmpty()) {
        break;
      }
      now = next.get();
    }

    assertThat(cut.window()).isEqualTo(Duration.ofHours(72));
    assertThat(Duration.between(first, now)).isLessThanOrEqualTo(Duration.ofHours(72));
    assertThat(Duration.between(first, now)).isGreaterThan(Duration.ofHours(62));
    // 5 s, 5 min, 30 min, 2 h, 5 h and six waits of 10 h make 67 h 35 min 5 s: twelve attempts.
    assertThat(failures).isEqualTo(12);
  }

  @Test
  void aSmallerBaseRunsTheSameScheduleFaster() {
    RetrySchedule fast = new RetrySchedule(Duration.ofMillis(1));

    assertThat(fast.after(2)).isEqualTo(Duration.ofMillis(60));
    assertThat(fast.window()).isEqualTo(Duration.ofHours(72).dividedBy(5000));
  }
}
