package org.returnport.limits.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code max} events per {@code window} for one key, counted in fixed windows aligned to
 * the epoch and read as a sliding window: the previous window's count weighs as much as it still
 * overlaps the last {@code window}. That keeps two bursts at a window's edge from passing twice the
 * limit, with two counters per key only.
 */
public record RateLimit(String name, int max, Duration window) {

  /** Keeps floating-point noise from turning an exact fit into one event too many. */
  private static final double EPSILON = 1e-6;

  public RateLimit {
    if (max < 1 || window.toSeconds() < 1) {
      throw new IllegalArgumentException(name + ": at least one event in at least one second");
    }
  }

  /** Where the window that contains this moment begins. */
  public Instant windowStart(Instant now) {
    long seconds = window.toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
  }

  /** The counts of the window before and of this one: may one more event happen now? */
  public Decision decide(long previous, long current, Instant now) {
    double length = window.toMillis();
    double elapsed = Duration.between(windowStart(now), now).toMillis();
    double weighed = previous * (length - elapsed) / length + current;
    if (weighed <= max - 1.0 + EPSILON) {
      return Decision.ALLOWED;
    }
    return new Decision(false, retryAfter(previous, current, elapsed, length));
  }

  /**
   * How long until one more event fits: within this window once the previous window weighs little
   * enough, or else in the next window once this one's count weighs little enough.
   */
  private Duration retryAfter(long previous, long current, double elapsed, double length) {
    double room = max - 1.0;
    double wait;
    if (current <= room) {
      wait = length * (1 - (room - current) / previous) - elapsed;
    } else {
      wait = (length - elapsed) + length * (1 - room / current);
    }
    return Duration.ofSeconds(Math.max(1, (long) Math.ceil(wait / 1000 - EPSILON)));
  }

  /** Allowed, or refused with how long to wait. */
  public record Decision(boolean allowed, Duration retryAfter) {

    public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    /** Whole seconds, as HTTP's {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
      return retryAfter.toSeconds();
    }
  }
}
