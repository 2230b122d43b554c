package org.returnport.errors;

import jakarta.ejb.ApplicationException;

/**
 * A request body or upload is larger than allowed. Thrown while it is being read, before it is held
 * in memory or acted on: nothing was done.
 */
@ApplicationException(rollback = true)
public class TooLargeException extends RuntimeException {

  private final long maxBytes;

  public TooLargeException(long maxBytes) {
    super("larger than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public String messageKey() {
    return "returnport.body.tooLarge";
  }

  /** The limit in whole megabytes (at least one), for messages people read. */
  public long maxMegabytes() {
    return Math.max(1, maxBytes / 1024 / 1024);
  }
}
