package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
  @CsvSource({"#000000, 21.0", "#ffffff, 1.0", "#1f4e79, 8.7", "#767676, 4.5"})
  void measuresContrastWithWhiteTextAsWcagDoes(String colour, double contrast) {
    assertThat(HexColor.of(colour).contrastWithWhite()).isCloseTo(contrast, within(0.1));
  }
}
