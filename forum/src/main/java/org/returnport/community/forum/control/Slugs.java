package org.returnport.community.forum.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a forum address: the title's Latin letters and digits, lower case, words
 * joined by hyphens, accents dropped, nothing else. Titles in other scripts (Chinese) are not
 * transliterated, which would guess at readings: their slug is empty and the address is the id
 * alone. The id, never the slug, says which topic is meant.
 */
public final class Slugs {

  private Slugs() {}

  public static String of(String title, int max) {
    if (title == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.append(c);
        continue;
      }
      if (word.length() == 0) {
        continue;
      }
      int needed = word.length() + (slug.length() == 0 ? 0 : 1);
      if (slug.length() + needed > max) {
        break;
      }
      if (slug.length() > 0) {
        slug.append('-');
      }
      slug.append(word);
      word.setLength(0);
    }
    return slug.toString();
  }
}
