package org.returnport.notify.control;

/**
 * The HTML part of an e-mail: the store's name on its colour, then the text. Everything that comes
 * from people (names, addresses, messages) is escaped.
 */
public final class MailHtml {

  private MailHtml() {}

  /**
   * The page for a store's mail: {@code storeName} on {@code colour} (a #rrggbb value that the
   * store's branding has already checked), then the body and one link.
   */
  public static String page(
      String storeName, String colour, String body, String linkLabel, String link) {
    return "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1b1b1b\">"
        + "<div style=\"background:"
        + colour
        + ";color:#ffffff;padding:16px 20px;font-size:20px;font-weight:bold\">"
        + escape(storeName)
        + "</div><div style=\"padding:20px;line-height:1.5\">"
        + escape(body).replace("\n", "<br>")
        + "<p><a href=\""
        + escape(link)
        + "\" style=\"color:"
        + colour
        + "\">"
        + escape(linkLabel)
        + "</a></p></div></body></html>";
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
