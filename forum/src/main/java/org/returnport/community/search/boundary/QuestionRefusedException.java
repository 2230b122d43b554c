package org.returnport.community.search.boundary;

import jakarta.ejb.ApplicationException;
import org.returnport.errors.RejectedException;

/**
 * A question search does not take (empty, without a usable word, too long, a page too far). The
 * kernel's {@link RejectedException} is an application exception only for the EJB module that
 * declares it: thrown from this module, the container would wrap it as a system error. Declared
 * again here, it reaches pages and the API as the refusal it is.
 */
@ApplicationException(rollback = true)
public class QuestionRefusedException extends RejectedException {

  private static final long serialVersionUID = 1L;

  public QuestionRefusedException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
