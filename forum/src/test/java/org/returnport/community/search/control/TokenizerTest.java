package org.returnport.community.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static List<String> indexed(String text) {
    return Tokenizer.tokens(text).stream().map(Tokenizer.Token::term).toList();
  }

  @ParameterizedTest(name = "{0} asks for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // English words, lower-cased, split at punctuation and spaces
        "The sweater runs SMALL!            | the sweater run small",
        "size-chart, fit; colour?           | size chart fit colour",
        // plurals meet their singular
        "shoes boxes dresses watches        | shoe box dress watch",
        "berries berry cookies cookie       | berri cooki",
        "glass glasses dress status         | glass dress status",
        // accents are dropped, also when written as a separate mark
        "Café crème brûlée                  | cafe creme brulee",
        "Cafe\u0301 Ærø straße              | cafe aero strasse",
        // full-width forms are plain letters and digits
        "ＸＬ　ＳＩＺＥ　４２               | xl size 42",
        // words of one letter say nothing
        "a I x go                           | go",
        // Chinese: overlapping pairs; a question of one character asks for it
        "运动鞋                              | 运动 动鞋",
        "鞋                                  | 鞋",
        "尺码，偏小。                        | 尺码 偏小",
        // mixed scripts in one run of text
        "iPhone手机壳 size L码               | iphone 手机 机壳 size 码",
        "退货return流程                      | 退货 return 流程",
        // full-width Chinese punctuation separates, full-width Latin joins
        "「好评」Ｎｉｃｅ！                  | 好评 nice",
        // digits and words with digits
        "Order 1234 in 2026                 | order 1234 in 2026"
      })
  void questionsBecomeTerms(String question, String terms) {
    assertThat(Tokenizer.queryTerms(question)).containsExactly(terms.split(" "));
  }

  @ParameterizedTest(name = "{0} indexes {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "运动鞋      | 运 动 鞋 运动 动鞋",
        "鞋         | 鞋",
        "好 鞋子     | 好 鞋 子 鞋子",
        "Nice 鞋子!  | nice 鞋 子 鞋子"
      })
  void documentsAlsoIndexSingleChineseCharacters(String text, String terms) {
    assertThat(indexed(text)).containsExactly(terms.split(" "));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {"'   '", "'!!! ... ???'", "'。，、'", "'a'", "''"})
  void punctuationAloneAsksForNothing(String question) {
    assertThat(Tokenizer.queryTerms(question)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void tokensKeepTheirPlaceInTheOriginalText() {
    String text = "Ｂig 运动鞋 Café\u0301!";
    List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
    assertThat(tokens)
        .extracting(token -> text.substring(token.start(), token.end()))
        .containsExactly("Ｂig", "运", "动", "鞋", "运动", "动鞋", "Café\u0301");
  }

  @org.junit.jupiter.api.Test
  void longWordsAreCutTheSameForDocumentsAndQuestions() {
    String word = "x".repeat(50);
    assertThat(Tokenizer.queryTerms(word)).containsExactly("x".repeat(Tokenizer.TERM_MAX));
    assertThat(indexed(word)).containsExactly("x".repeat(Tokenizer.TERM_MAX));
  }

  @org.junit.jupiter.api.Test
  void aQuestionAsksForEachTermOnce() {
    assertThat(Tokenizer.queryTerms("shoe SHOES Shoe")).containsExactly("shoe");
  }
}
