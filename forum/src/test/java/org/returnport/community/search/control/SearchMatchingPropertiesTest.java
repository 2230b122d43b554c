package org.returnport.community.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Matching as the database does it (a document is found when its terms include every term of the
 * question), checked against a reader's notion of "contains": every document found contains each
 * word asked for (in any case, accent, width or plural) and each Chinese word asked for (its
 * characters side by side); and every document that contains them all is found.
 */
class SearchMatchingPropertiesTest {

  /** A word of the vocabulary in the forms people write it. */
  record Word(String canonical, List<String> forms, boolean chinese) {}

  static final List<Word> VOCABULARY =
      List.of(
          latin("shoe", "shoe", "shoes", "Shoe", "SHOES", "ｓｈｏｅｓ"),
          latin("box", "box", "boxes", "Box"),
          latin("cafe", "café", "cafe", "CAFÉ", "Cafe\u0301"),
          latin("sleeve", "sleeve", "sleeves", "Sleeves"),
          latin("berry", "berry", "berries", "Berry"),
          latin("size", "size", "sizes", "ＳＩＺＥ"),
          latin("red", "red", "Red", "RED"),
          latin("return", "return", "returns", "Return"),
          chinese("运动鞋"),
          chinese("尺码"),
          chinese("偏小"),
          chinese("退货"),
          chinese("鞋"),
          chinese("好评"),
          chinese("质量"),
          chinese("动"));

  static final List<String> SEPARATORS = List.of(" ", ", ", "。", "！", "\n", "…", "", "<br>");

  private static Word latin(String canonical, String... forms) {
    return new Word(canonical, List.of(forms), false);
  }

  private static Word chinese(String word) {
    return new Word(word, List.of(word), true);
  }

  record Question(List<Word> words, String text) {}

  @Provide
  Arbitrary<List<String>> documents() {
    return document().list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<String> document() {
    Arbitrary<String> piece =
        Combinators.combine(
                Arbitraries.of(VOCABULARY).flatMap(word -> Arbitraries.of(word.forms())),
                Arbitraries.of(SEPARATORS))
            .as(String::concat);
    return piece.list().ofMaxSize(15).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<Question> questions() {
    return Arbitraries.of(VOCABULARY)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .flatMap(
            words ->
                Combinators.combine(
                        words.stream().map(word -> Arbitraries.of(word.forms())).toList())
                    .as(forms -> new Question(words, String.join(" ", forms))));
  }

  @Property
  void everyDocumentFoundContainsEveryWordAsked(
      @ForAll("documents") List<String> documents, @ForAll("questions") Question question) {
    List<String> terms = Tokenizer.queryTerms(question.text());

    for (String document : found(documents, terms)) {
      for (Word word : question.words()) {
        assertThat(contains(document, word)).as("%s in %s", word.canonical(), document).isTrue();
      }
    }
  }

  @Property
  void everyDocumentThatContainsEveryWordAskedIsFound(
      @ForAll("document") String before,
      @ForAll("questions") Question question,
      @ForAll("document") String after) {
    List<String> forms = question.words().stream().map(word -> word.forms().get(0)).toList();
    String document = before + " " + String.join(" ", forms) + " " + after;

    assertThat(found(List.of(document), Tokenizer.queryTerms(question.text())))
        .containsExactly(document);
  }

  @Property
  void highlightsAreTheTextEscapedWithOnlyMarksAdded(
      @ForAll("document") String words,
      @ForAll("questions") Question question,
      @ForAll String noise) {
    String text = noise + words + "<script>&\"'";
    String html = Highlighter.mark(text, Tokenizer.queryTerms(question.text()));
    String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");

    assertThat(withoutMarks).doesNotContain("<", ">", "\"", "'");
    assertThat(unescape(withoutMarks)).isEqualTo(text);
  }

  /** The documents whose index rows hold every term: the database's GROUP BY … HAVING. */
  private static List<String> found(List<String> documents, List<String> terms) {
    List<String> found = new ArrayList<>();
    for (String document : documents) {
      Set<String> indexed = DocumentTerms.of(null, document).frequencies().keySet();
      if (!terms.isEmpty() && indexed.containsAll(terms)) {
        found.add(document);
      }
    }
    return found;
  }

  /** The reader's "contains", written without the tokenizer. */
  private static boolean contains(String document, Word word) {
    String text = readerFold(document);
    if (word.chinese()) {
      String asked = word.canonical();
      if (asked.length() == 1) {
        return text.contains(asked);
      }
      for (int i = 0; i + 1 < asked.length(); i++) {
        if (!text.contains(asked.substring(i, i + 2))) {
          return false;
        }
      }
      return true;
    }
    Set<String> forms = new HashSet<>();
    word.forms().forEach(form -> forms.add(readerFold(form)));
    for (String candidate : text.split("[^a-z0-9]+")) {
      if (forms.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static String readerFold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
