package org.returnport.community.moderation.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the first word of a store's filter lists in a text. Text and words are compared after
 * Unicode compatibility folding (full-width "ＳＰＡＭ" is "spam") and in lower case. Words of scripts
 * written with spaces match as whole words or phrases ("ass" is not in "class"); words with Chinese
 * or Japanese characters match anywhere, as those scripts put no space between words, ignoring the
 * spaces and punctuation put between their characters to dodge the filter.
 */
public final class WordFilter {

  private static final String SEPARATORS = "[^\\p{L}\\p{N}]+";

  private record Entry(String original, String key, boolean unspaced) {}

  private final List<Entry> entries = new ArrayList<>();

  public WordFilter(Collection<String> words) {
    for (String word : words) {
      String folded = words(fold(word)).strip();
      if (folded.isEmpty()) {
        continue;
      }
      boolean unspaced = folded.codePoints().anyMatch(WordFilter::isUnspaced);
      entries.add(
          new Entry(
              word.strip(), unspaced ? folded.replace(" ", "") : " " + folded + " ", unspaced));
    }
  }

  /** The first listed word (as the store wrote it) that the text has. */
  public Optional<String> firstMatch(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = words(fold(text)).strip();
    String padded = " " + folded + " ";
    String joined = folded.replace(" ", "");
    return entries.stream()
        .filter(entry -> (entry.unspaced() ? joined : padded).contains(entry.key()))
        .map(Entry::original)
        .findFirst();
  }

  /** Compatibility-folded, lower case: how texts and words are compared. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static String words(String folded) {
    return folded.replaceAll(SEPARATORS, " ");
  }

  static boolean isUnspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
