package org.returnport.payments.control;

/** A gateway call that did not give an answer to act on. */
public class GatewayException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What the caller may do next. */
  public enum Kind {
    /** The request never reached the gateway, or was refused before anything moved: send again. */
    NOT_SENT,
    /**
     * No answer came (a time-out, a dropped connection): the gateway may or may not have acted, so
     * ask it before sending again.
     */
    OUTCOME_UNKNOWN,
    /** The gateway refuses the request itself (bad credentials, unknown payment): a person acts. */
    REJECTED
  }

  private final Kind kind;

  public GatewayException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public GatewayException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
