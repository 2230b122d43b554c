package org.returnport.community.search.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into search terms, the same way for what is indexed and for what is asked. Latin (and
 * other spaced) scripts become words: full-width forms made plain (NFKC), lower-cased, accents
 * dropped, a plural ending taken off. Chinese (and Japanese, Korean) text has no spaces, so each
 * run of it becomes its overlapping pairs of characters ("运动鞋" → "运动", "动鞋"); documents also index
 * single characters so that a one-character question finds something. Every token keeps where it
 * stands in the original text, so highlights mark exactly the words a reader sees.
 */
public final class Tokenizer {

  /** The longest term kept; longer words are cut, the same for documents and questions. */
  public static final int TERM_MAX = 32;

  /** Latin words shorter than this say too little to be worth a row ("a", "I", "x"). */
  static final int WORD_MIN = 2;

  /** One term of a text, with the span [start, end) of the original text it came from. */
  public record Token(String term, int start, int end) {}

  /** ASCII punctuation and spaces fold to themselves. */
  private static final String[] ASCII_OTHER = new String[0x80];

  static {
    for (int c = 0; c < ASCII_OTHER.length; c++) {
      ASCII_OTHER[c] = String.valueOf((char) c);
    }
  }

  private Tokenizer() {}

  /** Every token of a document: words, Chinese pairs and single Chinese characters. */
  public static List<Token> tokens(String text) {
    return tokenize(text, true);
  }

  /**
   * The distinct terms a question asks for, in the order asked: words, and Chinese pairs (a
   * question of one Chinese character asks for that character).
   */
  public static List<String> queryTerms(String question) {
    Set<String> terms = new LinkedHashSet<>();
    tokenize(question, false).forEach(token -> terms.add(token.term()));
    return List.copyOf(terms);
  }

  private enum Kind {
    WORD,
    CJK,
    NONE
  }

  private static List<Token> tokenize(String text, boolean singles) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    StringBuilder word = new StringBuilder();
    int wordStart = -1;
    int wordEnd = -1;
    // the current run of CJK characters: their folded forms and where each stands
    List<String> run = new ArrayList<>();
    List<int[]> runSpans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      String folded = fold(codePoint);
      Kind kind = kindOf(folded);
      if (folded.isEmpty() && (wordStart >= 0 || !run.isEmpty())) {
        // a combining accent belongs to the letter before it
        if (wordStart >= 0) {
          wordEnd = next;
        }
        i = next;
        continue;
      }
      if (kind != Kind.WORD && wordStart >= 0) {
        addWord(tokens, word, wordStart, wordEnd);
        word.setLength(0);
        wordStart = -1;
      }
      if (kind != Kind.CJK && !run.isEmpty()) {
        addRun(tokens, run, runSpans, singles);
        run.clear();
        runSpans.clear();
      }
      if (kind == Kind.WORD) {
        if (wordStart < 0) {
          wordStart = i;
        }
        word.append(folded);
        wordEnd = next;
      } else if (kind == Kind.CJK) {
        run.add(folded);
        runSpans.add(new int[] {i, next});
      }
      i = next;
    }
    if (wordStart >= 0) {
      addWord(tokens, word, wordStart, wordEnd);
    }
    if (!run.isEmpty()) {
      addRun(tokens, run, runSpans, singles);
    }
    return tokens;
  }

  private static void addWord(List<Token> tokens, StringBuilder word, int start, int end) {
    String term = stem(word.toString());
    if (term.codePointCount(0, term.length()) >= WORD_MIN) {
      tokens.add(new Token(cut(term), start, end));
    }
  }

  private static void addRun(
      List<Token> tokens, List<String> run, List<int[]> spans, boolean singles) {
    if (run.size() == 1 || singles) {
      for (int k = 0; k < run.size(); k++) {
        tokens.add(new Token(run.get(k), spans.get(k)[0], spans.get(k)[1]));
      }
    }
    for (int k = 0; k + 1 < run.size(); k++) {
      tokens.add(new Token(run.get(k) + run.get(k + 1), spans.get(k)[0], spans.get(k + 1)[1]));
    }
  }

  /**
   * One character as search sees it: full-width and compatibility forms made plain, lower case,
   * accents dropped ("É" → "e", "Ａ" → "a", "ﬁ" → "fi"); empty for a lone combining mark.
   */
  static String fold(int codePoint) {
    // the common cases without normalising: plain ASCII, and Chinese characters, which NFKC keeps
    if (codePoint < 0x80) {
      return Character.isLetterOrDigit(codePoint)
          ? String.valueOf((char) Character.toLowerCase(codePoint))
          : ASCII_OTHER[codePoint];
    }
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
      return new String(Character.toChars(codePoint));
    }
    String plain =
        Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
    String lower = plain.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .filter(c -> Character.getType(c) != Character.COMBINING_SPACING_MARK)
        .forEach(folded::appendCodePoint);
    // letters that carry their accent inside them rather than as a mark
    return switch (folded.toString()) {
      case "ß" -> "ss";
      case "ø" -> "o";
      case "æ" -> "ae";
      case "œ" -> "oe";
      case "ł" -> "l";
      case "đ" -> "d";
      case "ı" -> "i";
      default -> folded.toString();
    };
  }

  private static Kind kindOf(String folded) {
    if (folded.isEmpty()) {
      return Kind.NONE;
    }
    int first = folded.codePointAt(0);
    if (first < 0x80 && folded.length() == 1) {
      return Character.isLetterOrDigit(first) ? Kind.WORD : Kind.NONE;
    }
    if (first >= 0x4E00 && first <= 0x9FFF || isCjk(first)) {
      return Kind.CJK;
    }
    return folded.codePoints().allMatch(Character::isLetterOrDigit) ? Kind.WORD : Kind.NONE;
  }

  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO;
  }

  /**
   * A light English plural rule, so that "shoes" finds "shoe", "boxes" "box" and "berries" "berry":
   * enough for shoppers' questions, and predictable, which a full stemmer is not. A final "y" or
   * "ie" becomes "i" after the plural is gone, so that both forms of such words meet.
   */
  static String stem(String word) {
    if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return word;
    }
    String singular = word;
    int length = word.length();
    if (length > 4 && word.endsWith("ies")) {
      singular = word.substring(0, length - 2);
    } else if (length > 4
        && (word.endsWith("sses")
            || word.endsWith("xes")
            || word.endsWith("ches")
            || word.endsWith("shes"))) {
      singular = word.substring(0, length - 2);
    } else if (length > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      singular = word.substring(0, length - 1);
    }
    if (singular.length() > 3 && singular.endsWith("ie")) {
      return singular.substring(0, singular.length() - 1);
    }
    if (singular.length() > 3 && singular.endsWith("y")) {
      return singular.substring(0, singular.length() - 1) + "i";
    }
    return singular;
  }

  private static String cut(String term) {
    if (term.length() <= TERM_MAX) {
      return term;
    }
    int end = TERM_MAX;
    if (Character.isHighSurrogate(term.charAt(end - 1))) {
      end--;
    }
    return term.substring(0, end);
  }
}
