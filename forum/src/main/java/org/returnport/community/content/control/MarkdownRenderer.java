package org.returnport.community.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns a member's Markdown into HTML that is safe to serve to anyone. {@code imageBase} is the
 * address prefix of the store's own uploads ({@code /s/{slug}/community/images/}): images from
 * anywhere else are dropped.
 */
@ApplicationScoped
public class MarkdownRenderer {

  public Rendered render(String markdown, String imageBase) {
    String text = markdown == null ? "" : markdown.strip();
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    return new Rendered(html.toString(), text, List.of(), List.of(), List.of());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
