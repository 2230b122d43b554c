package org.returnport.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.errors.RejectedException;
import org.returnport.members.entity.Member.Language;
import org.returnport.values.DisplayName;

class MemberRulesTest {

  private static final AbusiveWords WORDS = AbusiveWords.standard();

  @ParameterizedTest(name = "\"{0}\" is refused with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                  | member.displayName.blank",
        "'   '                               | member.displayName.blank",
        "'\t\n'                              | member.displayName.blank",
        "abcdefghijklmnopqrstuvwxyz12345     | member.displayName.tooLong",
        "'    abcdefghijklmnopqrstuvwxyz12345  ' | member.displayName.tooLong",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 | member.displayName.tooLong",
        "Anna\u200BBerg                       | member.displayName.characters",
        "'Anna\u0007'                           | member.displayName.characters",
        "fuck                                | member.displayName.abusive",
        "FUCK you                            | member.displayName.abusive",
        "Fuсk_off                            | member.displayName.abusive",
        "ｓｈｉｔ                            | member.displayName.abusive",
        "sh1t happens                        | member.displayName.abusive",
        "$hit                                | member.displayName.abusive",
        "big.asshole                         | member.displayName.abusive",
        "Çünt                                | member.displayName.abusive",
        "小明傻逼                            | member.displayName.abusive",
        "你是 傻 逼                          | member.displayName.abusive",
        "王八蛋123                           | member.displayName.abusive",
        "草泥馬                              | member.displayName.abusive",
      })
  void refusesBadNames(String typed, String key) {
    assertThatThrownBy(() -> MemberRules.check(typed, "en", true, false, false, WORDS))
        .isInstanceOfSatisfying(
            RejectedException.class,
            rejected -> {
              assertThat(rejected.messageKey()).isEqualTo(key);
              assertThat(rejected.field()).isEqualTo("displayName");
            });
  }

  @ParameterizedTest(name = "\"{0}\" is a fine name")
  @ValueSource(
      strings = {
        "Scunthorpe United",
        "Cassandra",
        "Dick Smith",
        "Shitake Lover",
        "Essex Hiker",
        "Penistone",
        "Matsushita",
        "Hancock",
        "Assistant",
        "Arsenal fan",
        "Shell",
        "Grape-Cocktail",
        "操作员小王",
        "妈妈的菜",
        "李伟",
        "Émilie Dupont",
        "abcdefghijklmnopqrstuvwxyz1234",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
      })
  void acceptsOrdinaryNames(String typed) {
    assertThat(MemberRules.check(typed, "zh-CN", false, true, false, WORDS).name().value())
        .isEqualTo(typed);
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are one name")
  @CsvSource({
    "Anna Berg, anna berg",
    "Anna Berg, ANNA  BERG",
    "Anna Berg, Аnnа Bеrg",
    "Anna Berg, Ａｎｎａ Ｂｅｒｇ",
    "Anna Berg, '  Anna Berg '",
    "Émilie, Emilie",
    "Marnie, Mamie",
    "Strauß, STRAUSS",
    "Olga, 0lga"
  })
  void namesThatLookAlikeAreOne(String first, String second) {
    assertThat(DisplayName.of(first).key()).isEqualTo(DisplayName.of(second).key());
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are two names")
  @CsvSource({"Anna Berg, Anna Borg", "李伟, 李传", "Anna, Anna B"})
  void differentNamesAreTwo(String first, String second) {
    assertThat(DisplayName.of(first).key()).isNotEqualTo(DisplayName.of(second).key());
  }

  @ParameterizedTest(name = "language \"{0}\" is {1}")
  @CsvSource({"en, EN", "zh-CN, ZH_CN", "zh-cn, ZH_CN"})
  void knowsTheLanguagesOfThePages(String tag, Language language) {
    assertThat(MemberRules.check("Anna", tag, false, false, false, WORDS).language())
        .isEqualTo(language);
  }

  @ParameterizedTest(name = "language \"{0}\" is refused")
  @ValueSource(strings = {"", "de", "zh", "zh-TW", "english"})
  void refusesOtherLanguages(String tag) {
    assertThatThrownBy(() -> MemberRules.check("Anna", tag, false, false, false, WORDS))
        .isInstanceOfSatisfying(
            RejectedException.class,
            rejected -> assertThat(rejected.messageKey()).isEqualTo("member.language"));
  }
}
