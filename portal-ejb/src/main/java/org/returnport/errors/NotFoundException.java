package org.returnport.errors;

import jakarta.ejb.ApplicationException;

/**
 * Something does not exist for the one asking. Also thrown when it exists but belongs to another
 * tenant or role, so that nobody learns of data they may not see.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
