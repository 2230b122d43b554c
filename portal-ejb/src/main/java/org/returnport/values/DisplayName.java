package org.returnport.values;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a member shows in the store's community, as typed (compatibility forms folded, outer
 * space removed, inner space collapsed), with {@link #key()}: what the name looks like, so that
 * names differing only in case, accents or look-alike letters of other scripts are one name.
 */
public final class DisplayName implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest name, in characters (code points): the column and every check use it. */
  public static final int MAX = 30;

  /** Room for the key, which can be longer than the name ("ß" becomes "ss"). */
  public static final int KEY_MAX = 4 * MAX;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Invisible or unprintable characters: they would make one name look like another. */
  private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");

  private final String value;

  private DisplayName(String value) {
    this.value = value;
  }

  /** Why a typed name cannot be one. */
  public enum Problem {
    BLANK,
    TOO_LONG,
    HIDDEN_CHARACTERS
  }

  /** The name typed, or the reason it cannot be one. */
  public static Optional<Problem> problemOf(String typed) {
    if (typed == null) {
      return Optional.of(Problem.BLANK);
    }
    String text = tidy(typed);
    if (text.isEmpty()) {
      return Optional.of(Problem.BLANK);
    }
    if (HIDDEN.matcher(text).find()) {
      return Optional.of(Problem.HIDDEN_CHARACTERS);
    }
    if (text.codePointCount(0, text.length()) > MAX) {
      return Optional.of(Problem.TOO_LONG);
    }
    return Optional.empty();
  }

  /** The name typed; check {@link #problemOf} first. */
  public static DisplayName of(String typed) {
    problemOf(typed)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem + ": " + typed);
            });
    return new DisplayName(tidy(typed));
  }

  private static String tidy(String typed) {
    return SPACES.matcher(Lookalikes.compatible(typed)).replaceAll(" ");
  }

  public String value() {
    return value;
  }

  /** What the name looks like: two names with the same key cannot both be taken in a store. */
  public String key() {
    return Lookalikes.skeleton(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DisplayName name && name.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
