package org.returnport.identity.control;

/** Keycloak did not do what was asked; the message is for the log, never for a page. */
public class IdentityProviderException extends RuntimeException {

  private final int status;

  public IdentityProviderException(String message, int status) {
    super(message + " (HTTP " + status + ")");
    this.status = status;
  }

  public IdentityProviderException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  public boolean isConflict() {
    return status == 409;
  }
}
