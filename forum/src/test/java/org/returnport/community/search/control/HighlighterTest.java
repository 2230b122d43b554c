package org.returnport.community.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighlighterTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The sweater runs small      | small        | The sweater runs <mark>small</mark>",
        "Shoes and SHOE boxes        | shoe         | <mark>Shoes</mark> and <mark>SHOE</mark> boxes",
        "Crème brûlée, again         | creme        | <mark>Crème</mark> brûlée, again",
        "这双运动鞋偏小               | 运动鞋       | 这双<mark>运动鞋</mark>偏小",
        "运动 and 动鞋                | 运动鞋       | <mark>运动</mark> and <mark>动鞋</mark>",
        "鞋子很好，鞋带太短           | 鞋           | <mark>鞋</mark>子很好，<mark>鞋</mark>带太短",
        "<b>bold</b> claim           | bold         | &lt;b&gt;<mark>bold</mark>&lt;/b&gt; claim",
        "<script>alert(1)</script>   | script       | &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;",
        "<mark>fake</mark> mark      | mark         | &lt;<mark>mark</mark>&gt;fake&lt;/<mark>mark</mark>&gt; <mark>mark</mark>",
        "nothing here                | shoe         | nothing here"
      })
  void marksTheMatchesOfEscapedText(String text, String query, String html) {
    assertThat(Highlighter.mark(text, Tokenizer.queryTerms(query))).isEqualTo(html);
  }

  @Test
  void quotesAndAmpersandsAreEscapedToo() {
    assertThat(Highlighter.mark("Tom & \"Jerry's\" fit", Tokenizer.queryTerms("jerry")))
        .isEqualTo("Tom &amp; &quot;<mark>Jerry</mark>&#39;s&quot; fit");
  }

  @Test
  void anExcerptIsAWindowAroundTheFirstMatch() {
    String text =
        "Lorem ipsum dolor ".repeat(20) + "the sleeves are long " + "sit amet ".repeat(40);
    String excerpt = Highlighter.excerpt(text, Tokenizer.queryTerms("sleeves"));

    assertThat(excerpt).startsWith("…").endsWith("…").contains("the <mark>sleeves</mark> are");
    assertThat(excerpt.replace("<mark>", "").replace("</mark>", "").length())
        .isLessThanOrEqualTo(Highlighter.EXCERPT_LENGTH + 40);
  }

  @Test
  void aShortTextIsShownWhole() {
    assertThat(Highlighter.excerpt("Fits well <3", List.of("fit")))
        .isEqualTo("<mark>Fits</mark> well &lt;3");
  }

  @Test
  void aChineseExcerptCutsAnywhere() {
    String text = "很".repeat(300) + "运动鞋" + "好".repeat(300);
    String excerpt = Highlighter.excerpt(text, Tokenizer.queryTerms("运动鞋"));

    assertThat(excerpt).startsWith("…").endsWith("…").contains("很<mark>运动鞋</mark>好");
  }

  @Test
  void aTextWithoutMatchShowsItsBeginning() {
    String text = "word ".repeat(100);
    assertThat(Highlighter.excerpt(text, List.of("shoe"))).startsWith("word word").endsWith("…");
  }

  @Test
  void emptyTextGivesNothing() {
    assertThat(Highlighter.excerpt(null, List.of("shoe"))).isEmpty();
    assertThat(Highlighter.mark(null, List.of("shoe"))).isEmpty();
  }
}
