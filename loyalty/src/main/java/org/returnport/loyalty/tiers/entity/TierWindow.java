package org.returnport.loyalty.tiers.entity;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The twelve months a member's standing is counted over: after the same instant a year earlier (in
 * UTC, so a window ending on 29 February starts on 28 February), up to and including now. What was
 * earned or spent exactly twelve months ago has just left it.
 */
public record TierWindow(Instant since, Instant until) {

  public static final int MONTHS = 12;

  public static TierWindow endingAt(Instant now) {
    return new TierWindow(now.atZone(ZoneOffset.UTC).minusMonths(MONTHS).toInstant(), now);
  }

  public boolean contains(Instant at) {
    return at.isAfter(since) && !at.isAfter(until);
  }
}
