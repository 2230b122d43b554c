package org.returnport.errors;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the product refuses for a reason the user can fix. It carries a message key (looked up
 * in the user's language by the page or the API) and, when it is about one input, that field's
 * name. It rolls the transaction back: a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class RejectedException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final List<Object> arguments;

  public RejectedException(String field, String messageKey, Object... arguments) {
    super(messageKey + (field == null ? "" : " (" + field + ")"));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** The input the message is about, or null when it is about the whole request. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
