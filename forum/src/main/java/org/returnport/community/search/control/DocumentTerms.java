package org.returnport.community.search.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the index keeps of one document: each distinct term with how often it occurs (an occurrence
 * in the title counts {@value #TITLE_WEIGHT} times, since a title says what the text is about) and
 * the document's length in terms, which ranking uses to weigh long texts fairly. At most {@value
 * #MAX_TERMS} distinct terms, the first to occur (title first): a few rows per post keep writing
 * cheap, and the beginning of a long text says most about it.
 */
public record DocumentTerms(Map<String, Integer> frequencies, int length) {

  public static final int MAX_TERMS = 400;

  static final int TITLE_WEIGHT = 3;

  public static DocumentTerms of(String title, String text) {
    Map<String, Integer> frequencies = new LinkedHashMap<>();
    int length = add(frequencies, title, TITLE_WEIGHT) + add(frequencies, text, 1);
    return new DocumentTerms(Collections.unmodifiableMap(frequencies), length);
  }

  private static int add(Map<String, Integer> frequencies, String text, int weight) {
    int length = 0;
    for (Tokenizer.Token token : Tokenizer.tokens(text)) {
      length += weight;
      if (frequencies.containsKey(token.term())) {
        frequencies.merge(token.term(), weight, Integer::sum);
      } else if (frequencies.size() < MAX_TERMS) {
        frequencies.put(token.term(), weight);
      }
    }
    return length;
  }
}
