package org.returnport.community.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns a member's Markdown into HTML that is safe to serve to anyone, once, when the post or
 * review is written: the HTML is stored with it and served as it is.
 *
 * <p>Two lines of defence, each enough on its own for what it guards:
 *
 * <ol>
 *   <li>CommonMark (with the GFM tables, strikethrough and autolink extensions) parses the text,
 *       and every node is checked on the syntax tree before anything is written: raw HTML is never
 *       passed through but shown as the text it is ({@code escapeHtml}); a link survives only with
 *       an {@code http}, {@code https} or {@code mailto} address or a path of our own site ({@code
 *       /…} or {@code #…}), otherwise its text stays and the link goes; an image survives only when
 *       its address is one of the store's own uploads ({@code imageBase} followed by {@code
 *       {id}-{token}.{jpg|png|webp}}), otherwise its alt text stays as text; headings are moved
 *       down one level (h2 to h4), since the page's own title is its only h1; invisible characters
 *       (controls, Unicode direction overrides and isolates, zero-width spaces) are removed from
 *       text and addresses alike, after entities were decoded.
 *   <li>jsoup's {@link Safelist} then keeps only the elements and attributes listed in {@link
 *       #ALLOWED} from what CommonMark wrote, and forces {@code rel="nofollow ugc noopener"} on
 *       every link: should a parser quirk ever let something through the first line, it cannot
 *       reach a page.
 * </ol>
 *
 * <p>Image addresses are written exactly as given in {@code imageBase}, i.e. relative to the
 * application's context root, which is {@code /}: {@code /s/{slug}/community/images/12-….jpg} is
 * the address a browser asks for. {@link Rendered#mentions()} holds the names after an {@code @}
 * (without it), as typed, found in text only (not in code, not in link text); {@link
 * Rendered#links()} the absolute addresses kept ({@code http}, {@code https}, {@code mailto}), for
 * spam checks; {@link Rendered#imageIds()} the ids of the store's uploads shown, in order, once
 * each.
 */
@ApplicationScoped
public class MarkdownRenderer {

  /** The elements a rendered post may contain, with the attributes each may carry. */
  static final Safelist ALLOWED =
      new Safelist()
          .addTags(
              "p",
              "br",
              "strong",
              "em",
              "del",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h2",
              "h3",
              "h4",
              "a",
              "img",
              "hr",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .addAttributes("a", "href", "title")
          .addAttributes("img", "src", "alt", "title")
          .addAttributes("ol", "start")
          .addAttributes("th", "align")
          .addAttributes("td", "align")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addProtocols("img", "src", "http", "https")
          .addEnforcedAttribute("a", "rel", Links.REL)
          .preserveRelativeLinks(true);

  /**
   * Relative addresses are kept by jsoup only when they resolve against a base; this one makes them
   * {@code https} for the check and is never written out.
   */
  private static final String CHECK_BASE = "https://store.invalid/";

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(
              context ->
                  (node, tag, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", Links.REL);
                    }
                  })
          .build();

  /**
   * A mention: {@code @} and a name, not inside a word or an e-mail address. Names may have letters
   * of any script, digits, {@code _ . -}.
   */
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,29})");

  public Rendered render(String markdown, String imageBase) {
    Node document = PARSER.parse(Invisible.strip(markdown == null ? "" : markdown));
    Findings findings = new Findings();
    clean(document, imageBase == null ? "" : imageBase, findings);
    String html = HTML.render(document);
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    String safe = Jsoup.clean(html, CHECK_BASE, ALLOWED, output);
    StringBuilder text = new StringBuilder();
    plainText(document, text);
    String plain = text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    return new Rendered(
        safe,
        plain.strip(),
        List.copyOf(findings.links),
        List.copyOf(findings.mentions),
        List.copyOf(findings.imageIds));
  }

  private static final class Findings {
    final Set<String> links = new LinkedHashSet<>();
    final Set<String> mentions = new LinkedHashSet<>();
    final Set<Long> imageIds = new LinkedHashSet<>();
  }

  /**
   * Checks every node: first the links and images (one that goes leaves its text in its place),
   * then the text that is left, which is where mentions are looked for.
   */
  private static void clean(Node document, String imageBase, Findings findings) {
    List<Node> nodes = new ArrayList<>();
    collect(document, nodes);
    for (Node node : nodes) {
      if (node instanceof LinkReferenceDefinition definition) {
        definition.unlink();
      } else if (node instanceof Link link) {
        Optional<String> address = Links.safe(link.getDestination());
        if (address.isPresent()) {
          link.setDestination(address.get());
          link.setTitle(link.getTitle() == null ? null : Invisible.strip(link.getTitle()));
          if (Links.isAbsolute(address.get())) {
            findings.links.add(address.get());
          }
        } else {
          unwrap(link);
        }
      } else if (node instanceof Image image) {
        Optional<Long> id = Links.ownImage(image.getDestination(), imageBase);
        if (id.isPresent()) {
          image.setTitle(image.getTitle() == null ? null : Invisible.strip(image.getTitle()));
          findings.imageIds.add(id.get());
        } else {
          unwrap(image);
        }
      }
    }
    for (Node node : nodes) {
      if (node instanceof Text text) {
        text.setLiteral(Invisible.strip(text.getLiteral()));
        if (!insideLink(text)) {
          Matcher mention = MENTION.matcher(text.getLiteral());
          while (mention.find()) {
            findings.mentions.add(trimEnd(mention.group(1)));
          }
        }
      } else if (node instanceof Code code) {
        code.setLiteral(Invisible.strip(code.getLiteral()));
      } else if (node instanceof FencedCodeBlock block) {
        block.setLiteral(Invisible.strip(block.getLiteral()));
        block.setInfo("");
      } else if (node instanceof IndentedCodeBlock block) {
        block.setLiteral(Invisible.strip(block.getLiteral()));
      } else if (node instanceof HtmlInline html) {
        html.setLiteral(Invisible.strip(html.getLiteral()));
      } else if (node instanceof HtmlBlock html) {
        html.setLiteral(Invisible.strip(html.getLiteral()));
      } else if (node instanceof Heading heading) {
        heading.setLevel(Math.min(4, heading.getLevel() + 1));
      }
    }
  }

  private static void collect(Node parent, List<Node> nodes) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      nodes.add(node);
      collect(node, nodes);
    }
  }

  /** Replaces a link or image by its children: the text a member wrote stays, the address goes. */
  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node following = child.getNext();
      node.insertBefore(child);
      child = following;
    }
    node.unlink();
  }

  private static boolean insideLink(Node node) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof Link) {
        return true;
      }
    }
    return false;
  }

  private static String trimEnd(String name) {
    int end = name.length();
    while (end > 1 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '-')) {
      end--;
    }
    return name.substring(0, end);
  }

  /** The text a reader sees, without markup: blocks on lines of their own, images as alt text. */
  private static void plainText(Node parent, StringBuilder out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node instanceof HtmlInline html) {
        out.append(html.getLiteral());
      } else if (node instanceof SoftLineBreak) {
        out.append(' ');
      } else if (node instanceof HardLineBreak || node instanceof ThematicBreak) {
        out.append('\n');
      } else if (node instanceof FencedCodeBlock block) {
        out.append(block.getLiteral()).append('\n');
      } else if (node instanceof IndentedCodeBlock block) {
        out.append(block.getLiteral()).append('\n');
      } else if (node instanceof HtmlBlock html) {
        out.append(html.getLiteral()).append("\n\n");
      } else {
        plainText(node, out);
        if (node instanceof Paragraph && node.getParent() instanceof ListItem) {
          out.append(node.getNext() == null ? "" : "\n");
        } else if (node instanceof Paragraph
            || node instanceof ListBlock
            || node instanceof Heading
            || node instanceof BlockQuote
            || node instanceof TableBlock) {
          out.append("\n\n");
        } else if (node instanceof ListItem || node instanceof TableRow) {
          out.append('\n');
        } else if (node.getParent() instanceof TableRow) {
          out.append(' ');
        }
      }
    }
  }

  /** The rules for addresses: which links stay, which images are the store's own. */
  static final class Links {

    static final String REL = "nofollow ugc noopener";

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

    private static final Pattern UPLOAD =
        Pattern.compile("([1-9][0-9]{0,17})-[A-Za-z0-9_\\-]{20,64}\\.(jpg|png|webp)");

    private Links() {}

    /**
     * The address of a link that may stay, or empty. Anything a browser might read differently from
     * us goes: white space or control characters inside (browsers drop tabs and new lines, so
     * {@code jav&#x09;ascript:} would run), backslashes (read as slashes), {@code //host} addresses
     * without a scheme.
     */
    static Optional<String> safe(String destination) {
      if (destination == null) {
        return Optional.empty();
      }
      String address = Invisible.strip(destination);
      if (address.isEmpty() || hasSpaceOrControl(address) || address.indexOf('\\') >= 0) {
        return Optional.empty();
      }
      Matcher scheme = SCHEME.matcher(address);
      if (scheme.find()) {
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return switch (name) {
          case "http", "https" -> hasHost(address) ? Optional.of(address) : Optional.empty();
          case "mailto" ->
              address.length() > "mailto:".length() ? Optional.of(address) : Optional.empty();
          default -> Optional.empty();
        };
      }
      if (address.startsWith("//")) {
        return Optional.empty();
      }
      return address.startsWith("/") || address.startsWith("#")
          ? Optional.of(address)
          : Optional.empty();
    }

    static boolean isAbsolute(String address) {
      return SCHEME.matcher(address).find();
    }

    /** The id of one of the store's own uploads at this address, or empty for any other image. */
    static Optional<Long> ownImage(String destination, String imageBase) {
      if (destination == null || imageBase.isEmpty() || !imageBase.startsWith("/")) {
        return Optional.empty();
      }
      String address = Invisible.strip(destination);
      if (!address.startsWith(imageBase)) {
        return Optional.empty();
      }
      Matcher upload = UPLOAD.matcher(address.substring(imageBase.length()));
      return upload.matches() ? Optional.of(Long.valueOf(upload.group(1))) : Optional.empty();
    }

    private static boolean hasHost(String address) {
      try {
        URI uri = new URI(address);
        return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawAuthority() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }

    private static boolean hasSpaceOrControl(String address) {
      return address
          .codePoints()
          .anyMatch(
              c -> c <= 0x20 || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
  }

  /**
   * Characters nobody sees that change what others see: controls (but tab and new line), format
   * characters such as the direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks
   * and zero-width spaces, and line or paragraph separators. The zero-width joiner stays (emoji
   * sequences need it), and so do the tag characters of subdivision flags.
   */
  static final class Invisible {

    private static final Pattern HIDDEN =
        Pattern.compile(
            "[\\p{Cc}&&[^\\t\\n\\r]]|[\\p{Cf}&&[^\\u200D\\x{E0020}-\\x{E007F}]]|[\\u2028\\u2029]");

    private Invisible() {}

    static String strip(String text) {
      return HIDDEN.matcher(text).replaceAll("");
    }
  }
}
