package org.returnport.identity.control;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak did not do what was asked; the message is for the log, never for a page. It rolls the
 * transaction back (undoing what was written, and what Keycloak was asked before) and reaches the
 * caller as itself, so that pages can say "try again later".
 */
@ApplicationException(rollback = true)
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
