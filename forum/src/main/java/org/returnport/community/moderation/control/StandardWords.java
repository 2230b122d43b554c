package org.returnport.community.moderation.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The word lists a store's filter starts with, per language ({@code filter-words-en.txt}, {@code
 * filter-words-zh-CN.txt} beside this class): insults and the phrases of common spam. A store that
 * writes its own list for a language uses that one instead.
 */
public final class StandardWords {

  /** The languages a store keeps word lists for: those its community pages are written in. */
  public static final List<String> LANGUAGES = List.of("en", "zh-CN");

  private static final Map<String, List<String>> LISTS =
      Map.of("en", read("filter-words-en.txt"), "zh-CN", read("filter-words-zh-CN.txt"));

  private StandardWords() {}

  public static List<String> of(String language) {
    return LISTS.getOrDefault(language, List.of());
  }

  private static List<String> read(String name) {
    try (InputStream in = StandardWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + StandardWords.class);
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
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
