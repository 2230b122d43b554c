package org.returnport.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest(name = "browser asks {1}: {0} matches = {2}")
  @CsvSource({
    "en, en, true",
    "en, en-GB, true",
    "en, zh-CN, false",
    "zh-CN, zh, true",
    "zh-CN, zh-CN, true",
    "zh-CN, zh-Hans-CN, true",
    "zh-CN, zh-Hans, true",
    "zh-CN, zh-TW, false",
    "zh-CN, zh-Hant-TW, false"
  })
  void matchesTheBrowsersLanguageToAnOfferedOne(String offered, String wanted, boolean matches) {
    assertThat(Language.matches(Locale.forLanguageTag(offered), Locale.forLanguageTag(wanted)))
        .isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "none, zh-CN, ?lang=zh-CN",
        "'', en, ?lang=en",
        "lang=en, zh-CN, ?lang=zh-CN",
        "rma=RMA-7K2P&t=abc%2Bdef, zh-CN, ?rma=RMA-7K2P&t=abc%2Bdef&lang=zh-CN",
        "token=x.y&lang=en&lang, zh-CN, ?token=x.y&lang=zh-CN",
        "language=de, en, ?language=de&lang=en"
      })
  void switchingLanguageKeepsWhatTheAddressCarries(String query, String tag, String link) {
    assertThat(Language.withLanguage(query, tag)).isEqualTo(link);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "none",
      value = {"en, en", "zh-CN, zh-CN", "' zh-CN ', zh-CN", "de, none", "'', none", "none, none"})
  void onlyLanguagesTheProductSpeaksAreTakenFromAnAddressOrACookie(String tag, String taken) {
    assertThat(Language.supported(tag))
        .isEqualTo(Optional.ofNullable(taken).map(Locale::forLanguageTag));
  }

  @Test
  void thePickedLanguageIsRememberedForEveryPageAndNotSentFromOtherSites() {
    var cookie = Language.cookie("", Locale.forLanguageTag("zh-CN"));

    assertThat(cookie.getName()).isEqualTo("rp-lang");
    assertThat(cookie.getValue()).isEqualTo("zh-CN");
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
    assertThat(Language.cookie("/portal", Locale.ENGLISH).getPath()).isEqualTo("/portal");
  }
}
