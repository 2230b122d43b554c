package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HexColorTest {

  @ParameterizedTest
  @ValueSource(strings = {"red", "#fff", "#12345g", "#1234567", "1f4e79", "#1f4e79;}", ""})
  void refusesAnythingButSixHexDigits(String candidate) {
    assertThat(HexColor.isValid(candidate)).isFalse();
    assertThatThrownBy(() -> HexColor.of(candidate)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storesLowerCase() {
    assertThat(HexColor.of("#6A1B9A").value()).isEqualTo("#6a1b9a");
  }

  @ParameterizedTest(name = "white on {0} has contrast {1}")
  @CsvSource({"#000000, 21.0", "#ffffff, 1.0", "#1f4e79, 8.7", "#767676, 4.5", "#e07a1f, 3.0"})
  void measuresContrastWithWhiteTextAsWcagDoes(String colour, double contrast) {
    assertThat(HexColor.of(colour).contrastWithWhite()).isCloseTo(contrast, within(0.05));
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "#000000, #ffffff, 21.0",
    "#ffffff, #000000, 21.0",
    "#1b1b1b, #e07a1f, 5.7",
    "#1b1b1b, #ffffff, 17.2",
    "#ff0000, #0000ff, 2.1",
    "#777777, #777777, 1.0"
  })
  void contrastIsSymmetricAndMatchesPublishedValues(String a, String b, double contrast) {
    assertThat(HexColor.of(a).contrastWith(HexColor.of(b))).isCloseTo(contrast, within(0.05));
    assertThat(HexColor.of(b).contrastWith(HexColor.of(a))).isCloseTo(contrast, within(0.05));
  }

  @ParameterizedTest(name = "text on {0} is {1}")
  @CsvSource({
    "#1f4e79, #ffffff", // the default primary: dark, keeps white
    "#b45309, #ffffff", // the default accent
    "#e07a1f, #1b1b1b", // the old default accent: white was 3.0:1
    "#ffeb3b, #1b1b1b", // yellow
    "#ffffff, #1b1b1b",
    "#000000, #ffffff",
    "#757575, #ffffff", // white just reaches it: 4.6:1
    "#777777, #000000", // white 4.48:1, near-black 3.8:1: only black reaches AA
    "#00897b, #000000" // teal: white 4.3:1, near-black 4.0:1
  })
  void textOnAColourIsWhiteWhenItCanBeAndDarkOtherwise(String background, String text) {
    assertThat(HexColor.of(background).readableText().value()).isEqualTo(text);
  }

  @Test
  void aNewStoresColoursCarryWhiteTextAndReadOnWhite() {
    for (HexColor colour :
        new HexColor[] {Branding.DEFAULT.primaryColor(), Branding.DEFAULT.accentColor()}) {
      assertThat(colour.contrastWithWhite()).as(colour.value()).isGreaterThanOrEqualTo(4.5);
      assertThat(colour.readableText()).isEqualTo(HexColor.WHITE);
      assertThat(colour.readableOnWhite()).isEqualTo(colour);
    }
  }

  @Test
  void aPaleColourIsDarkenedUntilItReadsOnWhiteAndKeepsItsHue() {
    HexColor yellow = HexColor.of("#ffeb3b");

    HexColor darker = yellow.readableOnWhite();

    assertThat(darker.contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
    assertThat(darker.contrastWithWhite()).as("no darker than needed").isLessThan(5.5);
    int red = Integer.parseInt(darker.value().substring(1, 3), 16);
    int blue = Integer.parseInt(darker.value().substring(5, 7), 16);
    assertThat(red).as("still a yellow: red well above blue").isGreaterThan(2 * blue);
  }

  @Property
  void textOnAnyColourReachesAa(@ForAll("colours") HexColor background) {
    assertThat(background.readableText().contrastWith(background)).isGreaterThanOrEqualTo(4.5);
  }

  @Property
  void anyColourMadeReadableOnWhiteReachesAa(@ForAll("colours") HexColor colour) {
    HexColor readable = colour.readableOnWhite();
    assertThat(readable.contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
    if (colour.contrastWithWhite() >= 4.5) {
      assertThat(readable).isEqualTo(colour);
    }
  }

  @Property
  void contrastLiesBetweenOneAndTwentyOne(
      @ForAll("colours") HexColor a, @ForAll("colours") HexColor b) {
    assertThat(a.contrastWith(b)).isBetween(1.0, 21.0).isEqualTo(b.contrastWith(a));
  }

  @Provide
  Arbitrary<HexColor> colours() {
    return Arbitraries.integers()
        .between(0, 0xffffff)
        .map(rgb -> HexColor.of(String.format("#%06x", rgb)));
  }
}
