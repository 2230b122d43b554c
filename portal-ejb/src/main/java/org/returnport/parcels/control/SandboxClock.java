package org.returnport.parcels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox carrier's clock: the server's time plus an offset that tests move forward, so that a
 * parcel's whole journey (days of scans) can be followed in seconds. Only the sandbox carrier reads
 * it; everything else keeps the real time. Typed so that it never answers an injection of a plain
 * {@link Clock}.
 */
@ApplicationScoped
@Typed(SandboxClock.class)
public class SandboxClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  /** Moves the sandbox's time forward (never back: scans already shown stay shown). */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the sandbox clock only moves forward");
    }
    offset.accumulateAndGet(by, Duration::plus);
  }

  /** How far ahead of the real time the sandbox is. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }
}
