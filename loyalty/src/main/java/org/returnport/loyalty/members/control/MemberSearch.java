package org.returnport.loyalty.members.control;

import java.util.Locale;

/** How the console's search box matches members: any part of the name or e-mail, any case. */
public final class MemberSearch {

  /**
   * Not a backslash: MySQL reads a backslash in a string literal as an escape of its own, so {@code
   * ESCAPE '\\'} would not even parse there.
   */
  public static final char ESCAPE = '!';

  private MemberSearch() {}

  /**
   * The LIKE pattern for what was typed: its own {@code %} and {@code _} match themselves, so that
   * "a_b" finds "a_b@example.com" and not "axb@example.com". Lower case: names are compared in
   * lower case.
   */
  public static String pattern(String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    StringBuilder pattern = new StringBuilder("%");
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
