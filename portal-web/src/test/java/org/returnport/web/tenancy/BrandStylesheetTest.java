package org.returnport.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.HexColor;

class BrandStylesheetTest {

  @ParameterizedTest(name = "primary {0}, accent {1}: {2} on the header, {3} on buttons")
  @CsvSource({
    "#1f4e79, #b45309, #ffffff, #ffffff, #1f4e79",
    "#ffeb3b, #e07a1f, #1b1b1b, #1b1b1b, ",
    "#00897b, #000000, #000000, #ffffff, "
  })
  void textOnEachColourIsReadable(
      String primary, String accent, String onPrimary, String onAccent, String primaryText) {
    String css = BrandStylesheet.of(branding(primary, accent));

    assertThat(css)
        .contains("--rp-primary: " + primary + ";")
        .contains("--rp-on-primary: " + onPrimary + ";")
        .contains("--rp-accent: " + accent + ";")
        .contains("--rp-on-accent: " + onAccent + ";");
    String textColour = css.replaceAll("(?s).*--rp-primary-text: (#[0-9a-f]{6});.*", "$1");
    assertThat(HexColor.of(textColour).contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
    if (primaryText != null) {
      assertThat(textColour).isEqualTo(primaryText);
    }
  }

  @Test
  void theVersionChangesWithEitherColour() {
    String version = BrandStylesheet.version(branding("#1f4e79", "#b45309"));

    assertThat(version).isEqualTo("1f4e79b45309");
    assertThat(BrandStylesheet.version(branding("#1f4e79", "#b4530a"))).isNotEqualTo(version);
    assertThat(BrandStylesheet.version(branding("#1f4e7a", "#b45309"))).isNotEqualTo(version);
  }

  private static Branding branding(String primary, String accent) {
    return new Branding("Shop", HexColor.of(primary), HexColor.of(accent), List.of(Locale.ENGLISH));
  }
}
