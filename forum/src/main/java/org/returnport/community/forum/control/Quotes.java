package org.returnport.community.forum.control;

/**
 * A reply that quotes a post starts with the quoted text as a Markdown block quote, headed by a
 * link to the quoted post, so readers can jump to it in its context.
 */
public final class Quotes {

  /** Quoting a whole long post would bury the reply: the quote keeps its beginning. */
  public static final int QUOTE_MAX = 1_000;

  private Quotes() {}

  /**
   * The block quote of a post, {@code link} its address from the page (the store's path, with the
   * post's anchor), followed by an empty line for the reply.
   */
  public static String of(String authorName, String link, String markdown) {
    String text = markdown == null ? "" : markdown.strip();
    if (text.length() > QUOTE_MAX) {
      text = text.substring(0, QUOTE_MAX).stripTrailing() + " …";
    }
    StringBuilder quote = new StringBuilder();
    quote
        .append("> [")
        .append(escapeLinkText(authorName == null ? "" : authorName))
        .append("](")
        .append(link)
        .append("):\n>\n");
    for (String line : text.split("\\R", -1)) {
      quote.append(line.isEmpty() ? ">" : "> " + line).append('\n');
    }
    return quote.append('\n').toString();
  }

  private static String escapeLinkText(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }
}
