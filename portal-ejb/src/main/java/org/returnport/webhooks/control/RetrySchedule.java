package org.returnport.webhooks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 5 s, 5 min, 30 min, 2 h, 5 h, then every 10 h, for as long
 * as the next try still falls within 72 h of the first; after that the delivery has failed. All of
 * it is counted in units of a base (5 s in production), so that tests can run the whole three days
 * in seconds with a smaller base.
 */
public final class RetrySchedule {

  /** The production base: the first retry's wait. */
  public static final Duration BASE = Duration.ofSeconds(5);

  /** The waits after the first, second, ... failed attempt, in bases; the last one repeats. */
  private static final List<Long> STEPS = List.of(1L, 60L, 360L, 1_440L, 3_600L, 7_200L);

  /** Three days, in bases. */
  private static final long WINDOW = 51_840L;

  private final Duration base;

  public RetrySchedule(Duration base) {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("the retry base must be positive: " + base);
    }
    this.base = base;
  }

  /** How long deliveries are tried: 72 h at the production base. */
  public Duration window() {
    return base.multipliedBy(WINDOW);
  }

  /** The wait after the given number of failed attempts (1 for the first). */
  public Duration after(int failedAttempts) {
    int step = Math.min(Math.max(failedAttempts, 1), STEPS.size()) - 1;
    return base.multipliedBy(STEPS.get(step));
  }

  /**
   * When to try again after the given number of failed attempts of a delivery scheduled from {@code
   * from} (its first try, or the last redelivery by hand); empty when that would be past the
   * window, and the delivery has failed.
   */
  public Optional<Instant> next(Instant from, int failedAttempts, Instant now) {
    Instant next = now.plus(after(failedAttempts));
    return next.isAfter(from.plus(window())) ? Optional.empty() : Optional.of(next);
  }
}
