package org.returnport.community.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordFilterTest {

  private final WordFilter cut = new WordFilter(List.of("Spam", "free money", "加微信", "刷单", "ass"));

  @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Great sweater, no spam here?   | Spam",
        "SPAM SPAM SPAM                 | Spam",
        "full-width ＳＰＡＭ is folded  | Spam",
        "Get FREE   money now!          | free money",
        "free-money.biz                 | free money",
        "请加微信领取优惠               | 加微信",
        "请加 微 信 领取                | 加微信",
        "请加・微・信                   | 加微信",
        "这家店有人刷单吗               | 刷单",
        "a class act, massive fit       | -",
        "spamming is a different word   | -",
        "freemoney written together     | -",
        "微信支付可以吗                 | -",
        "''                             | -",
      })
  void holdsTextsWithAListedWordAndPassesOthers(String text, String expected) {
    assertThat(cut.firstMatch(text).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'  '", "'!!'", "'-- --'"})
  void blankOrPunctuationOnlyWordsMatchNothing(String word) {
    assertThat(new WordFilter(List.of(word)).firstMatch("anything at all !! -- --")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"en, fuck this, fuck", "en, Free Money!, free money", "zh-CN, 你是傻逼, 傻逼"})
  void theStandardListsHoldTheUsualWords(String language, String text, String word) {
    assertThat(new WordFilter(StandardWords.of(language)).firstMatch(text)).contains(word);
  }
}
