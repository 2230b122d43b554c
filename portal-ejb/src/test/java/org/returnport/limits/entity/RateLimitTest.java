package org.returnport.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sliding-window arithmetic of a limit of 10 events per 10 minutes. */
class RateLimitTest {

  final RateLimit cut = new RateLimit("test", 10, Duration.ofMinutes(10));

  /** 12:00 starts a window; the previous one began at 11:50. */
  static final Instant WINDOW = Instant.parse("2026-12-01T12:00:00Z");

  @ParameterizedTest(
      name = "{2} s into the window, {0} before and {1} now: allowed {3}, retry after {4} s")
  @CsvSource({
    // nothing before: ten events fit, the eleventh waits for the next window
    "0,  0,   0, true,    0",
    "0,  9, 300, true,    0",
    "0, 10, 300, false, 360",
    // a full previous window weighs fully at the start, half at the middle
    "10, 0,   0, false,  60",
    "10, 0, 300, true,    0",
    "10, 4, 300, true,    0",
    "10, 5, 300, false,  60",
    // a burst at the end of the last window and one at the start of this one do not both pass
    "10, 1,   1, false, 119",
    // far over the limit in this window: wait into the next one until this one weighs little
    "0, 50, 599, false, 493",
  })
  void decides(long previous, long current, long elapsed, boolean allowed, long retryAfter) {
    RateLimit.Decision decision = cut.decide(previous, current, WINDOW.plusSeconds(elapsed));

    assertThat(decision.allowed()).isEqualTo(allowed);
    assertThat(decision.retryAfterSeconds()).isEqualTo(retryAfter);
  }

  @ParameterizedTest(name = "{0} is in the window starting {1}")
  @CsvSource({
    "2026-12-01T12:00:00Z, 2026-12-01T12:00:00Z",
    "2026-12-01T12:09:59.999Z, 2026-12-01T12:00:00Z",
    "2026-12-01T12:10:00Z, 2026-12-01T12:10:00Z",
    "2026-12-01T11:59:59Z, 2026-12-01T11:50:00Z",
  })
  void windowsAreAlignedSoEveryServerCountsInTheSameRow(Instant now, Instant start) {
    assertThat(cut.windowStart(now)).isEqualTo(start);
  }

  @ParameterizedTest(
      name = "waiting the retry time after {0} before and {1} now at {2} s is enough")
  @CsvSource({"10, 0, 0", "10, 5, 300", "10, 1, 1", "0, 50, 599", "0, 10, 300", "7, 8, 120"})
  void afterTheRetryTimeOneMoreEventFits(long previous, long current, long elapsed) {
    Instant now = WINDOW.plusSeconds(elapsed);
    RateLimit.Decision refused = cut.decide(previous, current, now);
    assertThat(refused.allowed()).isFalse();
    Instant later = now.plus(refused.retryAfter());
    boolean nextWindow = !cut.windowStart(later).equals(cut.windowStart(now));
    assertThat(
            cut.decide(nextWindow ? current : previous, nextWindow ? 0 : current, later).allowed())
        .isTrue();
  }
}
