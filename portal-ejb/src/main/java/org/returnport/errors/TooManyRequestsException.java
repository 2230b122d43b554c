package org.returnport.errors;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * A limit was reached: too many tries or requests in a while. It says how long to wait (HTTP's
 * {@code Retry-After}) and carries a message key for the page or the API. Nothing was done.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

  private final String messageKey;
  private final Duration retryAfter;

  public TooManyRequestsException(String messageKey, Duration retryAfter) {
    super(messageKey + " (retry after " + retryAfter + ")");
    this.messageKey = messageKey;
    this.retryAfter = retryAfter;
  }

  public String messageKey() {
    return messageKey;
  }

  /** Whole seconds, at least one. */
  public long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds());
  }

  /** Whole minutes, at least one, for messages people read. */
  public long retryAfterMinutes() {
    return Math.max(1, (retryAfterSeconds() + 59) / 60);
  }
}
