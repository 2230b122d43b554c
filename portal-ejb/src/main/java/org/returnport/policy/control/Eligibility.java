package org.returnport.policy.control;

import java.time.Instant;
import java.util.List;

/**
 * Whether an order line may be returned and, if not, why in the policy's words: a message key and
 * its arguments, which the page or API renders in the reader's language.
 */
public record Eligibility(
    boolean eligible, Instant windowEnds, String why, List<Object> arguments) {

  static Eligibility until(Instant windowEnds) {
    return new Eligibility(true, windowEnds, null, List.of());
  }

  static Eligibility refused(String why, Object... arguments) {
    return new Eligibility(false, null, why, List.of(arguments));
  }
}
