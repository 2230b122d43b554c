package org.returnport.community.moderation.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the distinct outside addresses a text points to: the links the renderer found, and the
 * addresses written out in the text (which spammers paste without making them links). Two spellings
 * of one address ({@code https://www.x.com/a} and {@code x.com/a/}) count once.
 */
public final class Links {

  private static final Pattern WRITTEN =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+");

  private Links() {}

  public static int count(Collection<String> rendered, String plainText) {
    Set<String> distinct = new LinkedHashSet<>();
    rendered.stream().map(Links::key).filter(k -> !k.isEmpty()).forEach(distinct::add);
    if (plainText != null) {
      Matcher matcher = WRITTEN.matcher(plainText);
      while (matcher.find()) {
        String key = key(matcher.group());
        if (!key.isEmpty()) {
          distinct.add(key);
        }
      }
    }
    return distinct.size();
  }

  static String key(String address) {
    String key = address.strip().toLowerCase(Locale.ROOT);
    key = key.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "");
    key = key.replaceAll("[.,;:!?]+$", "");
    while (key.endsWith("/")) {
      key = key.substring(0, key.length() - 1);
    }
    return key;
  }
}
