package org.returnport.members.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.returnport.values.DisplayName;

/**
 * Refuses display names that insult or swear, from a word list in English and Chinese kept beside
 * this class ({@code abusive-words.txt}). Names and words are compared by what they look like
 * ({@link DisplayName#key()}) with the usual digit and symbol stand-ins folded ("sh1t", "$hit"), so
 * that look-alike letters do not get a word through. Latin-script words count only as whole words,
 * so that "Scunthorpe" or "Cassandra" pass; words of scripts written without spaces (Chinese) count
 * wherever they appear, and the list holds only phrases that do not occur inside harmless ones.
 */
public final class AbusiveWords {

  private static final String LIST = "abusive-words.txt";

  private final Set<String> wholeWords = new HashSet<>();
  private final List<String> phrases = new ArrayList<>();

  public AbusiveWords(List<String> words) {
    for (String word : words) {
      String folded = fold(DisplayName.of(word).key());
      if (folded.codePoints().anyMatch(AbusiveWords::isUnspaced)) {
        phrases.add(folded);
      } else {
        wholeWords.add(folded);
      }
    }
  }

  /** The list that ships with the product. */
  public static AbusiveWords standard() {
    return new AbusiveWords(read());
  }

  public boolean isAbusive(DisplayName name) {
    String folded = fold(name.key());
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (wholeWords.contains(word)) {
        return true;
      }
    }
    String joined = folded.replaceAll("[^\\p{L}\\p{N}]+", "");
    return phrases.stream().anyMatch(joined::contains);
  }

  /**
   * Digits and symbols people type for letters; "i" and "l" are one, as "1" and "!" stand for both.
   */
  static String fold(String key) {
    StringBuilder out = new StringBuilder(key.length());
    key.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    switch (c) {
                      case 'i', '!' -> 'l';
                      case '3' -> 'e';
                      case '4', '@' -> 'a';
                      case '5', '$' -> 's';
                      case '7', '+' -> 't';
                      case '8' -> 'b';
                      default -> c;
                    }));
    return out.toString();
  }

  private static boolean isUnspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI;
  }

  private static List<String> read() {
    try (InputStream in = AbusiveWords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing beside " + AbusiveWords.class);
      }
      List<String> words = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String word = line.strip();
          if (!word.isEmpty() && !word.startsWith("#")) {
            words.add(word);
          }
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
