package org.returnport.community.search.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Safe HTML showing where a text matches a question: every character of the member's text is
 * escaped, and the only markup is ours, {@code <mark>} around the words (or Chinese pairs) that
 * match. The excerpt is a window of the text around the first match, cut at word boundaries where
 * there are any, with "…" where text was left out.
 */
public final class Highlighter {

  /** How much text an excerpt shows, in characters. */
  public static final int EXCERPT_LENGTH = 220;

  /** How much of the excerpt comes before the first match, so that it reads in context. */
  static final int LEAD = 60;

  private static final String ELLIPSIS = "…";

  private Highlighter() {}

  /** The whole text, escaped, with the matches marked: for titles. */
  public static String mark(String text, Collection<String> queryTerms) {
    if (text == null) {
      return "";
    }
    return render(text, spans(text, Set.copyOf(queryTerms)), 0, text.length());
  }

  /**
   * A window of the text around its first match, escaped, with the matches marked; the beginning of
   * the text when nothing in it matches (a document found by its title).
   */
  public static String excerpt(String text, Collection<String> queryTerms) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    List<int[]> spans = spans(text, Set.copyOf(queryTerms));
    int first = spans.isEmpty() ? 0 : spans.get(0)[0];
    int start = Math.max(0, first - LEAD);
    int end = Math.min(text.length(), start + EXCERPT_LENGTH);
    if (end == text.length()) {
      start = Math.max(0, end - EXCERPT_LENGTH);
    }
    start = wordStart(text, start, first);
    end = wordEnd(text, end);
    StringBuilder html = new StringBuilder();
    if (start > 0) {
      html.append(ELLIPSIS);
    }
    html.append(render(text, spans, start, end));
    if (end < text.length()) {
      html.append(ELLIPSIS);
    }
    return html.toString();
  }

  /** The matching spans of the text, in order, overlapping ones joined ("运动", "动鞋" → "运动鞋"). */
  static List<int[]> spans(String text, Set<String> queryTerms) {
    List<int[]> found =
        Tokenizer.tokens(text).stream()
            .filter(token -> queryTerms.contains(token.term()))
            .map(token -> new int[] {token.start(), token.end()})
            .sorted(Comparator.comparingInt((int[] span) -> span[0]))
            .toList();
    List<int[]> spans = new ArrayList<>();
    for (int[] span : found) {
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        spans.add(span.clone());
      }
    }
    return spans;
  }

  private static String render(String text, List<int[]> spans, int start, int end) {
    StringBuilder html = new StringBuilder();
    int at = start;
    for (int[] span : spans) {
      if (span[1] <= at || span[0] >= end) {
        continue;
      }
      int from = Math.max(span[0], at);
      int to = Math.min(span[1], end);
      escape(text, at, from, html);
      html.append("<mark>");
      escape(text, from, to, html);
      html.append("</mark>");
      at = to;
    }
    escape(text, at, end, html);
    return html.toString();
  }

  /** Moves a cut back to the start of the word it falls in, but never past the first match. */
  private static int wordStart(String text, int start, int first) {
    if (start == 0) {
      return 0;
    }
    int at = start;
    while (at > 0 && at > start - 20 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      at--;
    }
    if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      // one long word or Chinese text without spaces: cut where we were, on a whole character
      at = start;
    }
    if (Character.isLowSurrogate(text.charAt(at)) && at > 0) {
      at--;
    }
    return Math.min(at, first);
  }

  private static int wordEnd(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    int at = end;
    while (at < text.length() && at < end + 20 && Character.isLetterOrDigit(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
      at = end;
    }
    if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** HTML-escapes a range of the text: the five characters that could open or close markup. */
  static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
