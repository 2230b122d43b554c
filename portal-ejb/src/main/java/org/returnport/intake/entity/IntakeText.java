package org.returnport.intake.entity;

import org.returnport.errors.RejectedException;

/** The limits of what hub staff type in, checked once for every entity of the intake. */
public final class IntakeText {

  public static final int NOTE_MAX = 1000;
  public static final int LABEL_MAX = 200;

  private IntakeText() {}

  /** A stripped note, or null when none was written. */
  static String optional(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new RejectedException(field, "returnport.text.tooLong", max);
    }
    return stripped;
  }

  static String required(String text, String field, int max) {
    String stripped = optional(text, field, max);
    if (stripped == null) {
      throw new RejectedException(field, "returnport.text.required");
    }
    return stripped;
  }
}
