package org.returnport.community.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sanitiser against a hostile corpus (one vector per entry in {@code xss-corpus.txt}) and
 * against the Markdown members actually write. The output is read back as a browser would (jsoup's
 * HTML parser) and every element, attribute and address is checked against the allow-list written
 * down here, independently of the renderer's own rules.
 */
class MarkdownRendererTest {

  static final String IMAGES = "/s/shop/community/images/";
  static final String OWN_IMAGE = IMAGES + "12-abcdefghijklmnopqrstuvwx.jpg";

  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("p", Set.of()),
          Map.entry("br", Set.of()),
          Map.entry("strong", Set.of()),
          Map.entry("em", Set.of()),
          Map.entry("del", Set.of()),
          Map.entry("code", Set.of()),
          Map.entry("pre", Set.of()),
          Map.entry("blockquote", Set.of()),
          Map.entry("ul", Set.of()),
          Map.entry("ol", Set.of("start")),
          Map.entry("li", Set.of()),
          Map.entry("h2", Set.of()),
          Map.entry("h3", Set.of()),
          Map.entry("h4", Set.of()),
          Map.entry("a", Set.of("href", "rel", "title")),
          Map.entry("img", Set.of("src", "alt", "title")),
          Map.entry("hr", Set.of()),
          Map.entry("table", Set.of()),
          Map.entry("thead", Set.of()),
          Map.entry("tbody", Set.of()),
          Map.entry("tr", Set.of()),
          Map.entry("th", Set.of("align")),
          Map.entry("td", Set.of("align")));

  static final Pattern HIDDEN =
      Pattern.compile(
          "[\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u200E\\u200F\\uFEFF\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  static final Pattern OWN_UPLOAD =
      Pattern.compile(Pattern.quote(IMAGES) + "[0-9]+-[A-Za-z0-9_-]{20,64}\\.(jpg|png|webp)");

  MarkdownRenderer cut = new MarkdownRenderer();

  static Stream<Arguments> corpus() throws IOException {
    String text;
    try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/xss-corpus.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> entries = new ArrayList<>(Arrays.asList(text.split("(?m)^%%\\R")));
    entries.remove(0);
    assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
    List<Arguments> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      rows.add(Arguments.of(i + 1, entries.get(i).replaceAll("\\R$", "")));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "vector {0}")
  @MethodSource("corpus")
  void aHostileVectorRendersInert(int number, String vector) {
    Rendered rendered = cut.render(vector, IMAGES);

    assertInert(rendered.html());
    assertThat(HIDDEN.matcher(rendered.plainText()).find()).as("plain text").isFalse();
    assertThat(rendered.links())
        .allSatisfy(link -> assertThat(allowedLink(link)).as(link).isTrue());
  }

  @Property(tries = 300)
  void anyMixOfHostilePiecesRendersInert(@ForAll("pieces") List<String> pieces) {
    assertInert(cut.render(String.join("", pieces), IMAGES).html());
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.of(
            "<",
            ">",
            "[",
            "]",
            "(",
            ")",
            "!",
            "`",
            "\n",
            "\t",
            " ",
            "\"",
            "'",
            "&#x09;",
            "&#58;",
            "&colon;",
            "javascript:",
            "JaVaScRiPt:",
            "data:text/html,",
            "alert(1)",
            "<script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "onerror=",
            "//evil.example",
            "\\",
            "https://example.com",
            OWN_IMAGE,
            "\u202E",
            "\u2066",
            "*",
            "_",
            "#",
            "> ",
            "- ",
            "|",
            "---",
            "~~",
            "<a href=",
            "&lt;",
            "%0A",
            "[ref]: ")
        .list()
        .ofMaxSize(30);
  }

  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of("*em* and **strong**", "<p><em>em</em> and <strong>strong</strong></p>"),
        Arguments.of("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        Arguments.of("3. three\n4. four", "<ol start=\"3\"><li>three</li><li>four</li></ol>"),
        Arguments.of("> it fits well", "<blockquote><p>it fits well</p></blockquote>"),
        Arguments.of("use `size M`", "<p>use <code>size M</code></p>"),
        Arguments.of("```java\nint x = 1 < 2;\n```", "<pre><code>int x = 1 &lt; 2;</code></pre>"),
        Arguments.of(
            "[the shop](https://example.com/a?b=1&c=2)",
            "<p><a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">the"
                + " shop</a></p>"),
        Arguments.of(
            "see /s/shop/community: [topic](/s/shop/community/t/12-fit)",
            "<p>see /s/shop/community: <a href=\"/s/shop/community/t/12-fit\" rel=\"nofollow ugc"
                + " noopener\">topic</a></p>"),
        Arguments.of(
            "mail [us](mailto:help@example.com)",
            "<p>mail <a href=\"mailto:help@example.com\" rel=\"nofollow ugc noopener\">us</a></p>"),
        Arguments.of(
            "visit https://example.com now",
            "<p>visit <a href=\"https://example.com\" rel=\"nofollow ugc noopener\">https://example.com</a>"
                + " now</p>"),
        Arguments.of(
            "![my sweater](" + OWN_IMAGE + ")",
            "<p><img src=\"" + OWN_IMAGE + "\" alt=\"my sweater\"></p>"),
        Arguments.of("你好，**世界**！尺码偏小。", "<p>你好，<strong>世界</strong>！尺码偏小。</p>"),
        Arguments.of("# Title", "<h2>Title</h2>"),
        Arguments.of("## Part", "<h3>Part</h3>"),
        Arguments.of("###### Deep", "<h4>Deep</h4>"),
        Arguments.of("~~too small~~", "<p><del>too small</del></p>"),
        Arguments.of("a\n\n---\n\nb", "<p>a</p><hr><p>b</p>"),
        Arguments.of("line one  \nline two", "<p>line one<br>line two</p>"),
        Arguments.of(
            "| size | fit |\n| --- | :-: |\n| M | ok |",
            "<table><thead><tr><th>size</th><th align=\"center\">fit</th></tr></thead><tbody><tr>"
                + "<td>M</td><td align=\"center\">ok</td></tr></tbody></table>"),
        Arguments.of("[click](javascript:alert(1))", "<p>click</p>"),
        Arguments.of("![a cat](https://evil.example/a.png)", "<p>a cat</p>"),
        Arguments.of("<b>bold?</b>", "<p>&lt;b&gt;bold?&lt;/b&gt;</p>"),
        Arguments.of("a\u202Eb\u2066c\u2069d\u200Be", "<p>abcde</p>"),
        Arguments.of("emoji 👩‍👩‍👧 stays", "<p>emoji 👩‍👩‍👧 stays</p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void membersGetTheMarkdownTheyExpect(String markdown, String html) {
    Rendered rendered = cut.render(markdown, IMAGES);

    assertThat(rendered.html().replace("\n", "")).isEqualTo(html);
    assertInert(rendered.html());
  }

  @Test
  void mentionsAreNamesInTextOnly() {
    Rendered rendered =
        cut.render(
            "thanks @anna and @李雷, write to a@example.com; `@code` [@linked](https://x.example)"
                + " and @bob.",
            IMAGES);

    assertThat(rendered.mentions()).containsExactly("anna", "李雷", "bob");
  }

  @Test
  void outsideLinksAreListedForSpamChecksAndOwnPathsAreNot() {
    Rendered rendered =
        cut.render(
            "[a](https://a.example/x) [b](/s/shop/community) www.b.example [c](javascript:x)",
            IMAGES);

    assertThat(rendered.links()).containsExactly("https://a.example/x", "http://www.b.example");
  }

  @Test
  void ownImagesAreListedByIdOnceAndOthersAreNot() {
    Rendered rendered =
        cut.render(
            "![a]("
                + OWN_IMAGE
                + ") ![b]("
                + IMAGES
                + "7-zyxwvutsrqponmlkjihgfedc.png) ![c]("
                + OWN_IMAGE
                + ") ![d](/s/other/community/images/9-zyxwvutsrqponmlkjihgfedc.png)",
            IMAGES);

    assertThat(rendered.imageIds()).containsExactly(12L, 7L);
    assertThat(rendered.html()).doesNotContain("/s/other/");
  }

  @Test
  void plainTextHasNoMarkup() {
    Rendered rendered =
        cut.render("# Fit\n\nIt runs *small*, see [photo](https://x.example).\n\n- M\n- L", IMAGES);

    assertThat(rendered.plainText()).isEqualTo("Fit\n\nIt runs small, see photo.\n\nM\nL");
  }

  @Test
  void withoutAnImageBaseNoImageIsShown() {
    assertThat(cut.render("![x](" + OWN_IMAGE + ")", null).html()).isEqualTo("<p>x</p>\n");
  }

  static void assertInert(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      String tag = element.normalName();
      assertThat(ALLOWED).as("element <%s> in %s", tag, html).containsKey(tag);
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(ALLOWED.get(tag)).as("%s on <%s> in %s", name, tag, html).contains(name);
        assertThat(HIDDEN.matcher(attribute.getValue()).find()).as(name).isFalse();
      }
      if (tag.equals("a")) {
        assertThat(allowedLink(element.attr("href"))).as("href in %s", html).isTrue();
        assertThat(element.attr("rel")).isEqualTo("nofollow ugc noopener");
      }
      if (tag.equals("img")) {
        assertThat(element.attr("src")).as("src in %s", html).matches(OWN_UPLOAD);
      }
    }
    assertThat(HIDDEN.matcher(body.text()).find()).as("invisible characters in %s", html).isFalse();
  }

  static boolean allowedLink(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    if (lower.chars().anyMatch(c -> c <= 0x20 || c == 0x7F) || lower.contains("\\")) {
      return false;
    }
    return lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("mailto:")
        || lower.startsWith("#")
        || (lower.startsWith("/") && !lower.startsWith("//"));
  }
}
