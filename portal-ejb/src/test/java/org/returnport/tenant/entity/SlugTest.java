package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

  @ParameterizedTest(name = "\"{0}\" valid: {1}")
  @CsvSource({
    "acme, true",
    "acme-shoes-2, true",
    "a1b, true",
    "ab, false",
    "0123456789012345678901234567890123456789, true",
    "01234567890123456789012345678901234567890, false",
    "-acme, false",
    "acme-, false",
    "ac--me, false",
    "Acme, false",
    "acme_shoes, false",
    "acme shoes, false",
    "'acme/../x', false",
    "console, false",
    "api, false",
    "'', false"
  })
  void acceptsOnlyLowerCaseWordsJoinedBySingleHyphens(String candidate, boolean valid) {
    assertThat(Slug.isValid(candidate)).isEqualTo(valid);
    assertThat(
            candidate.matches(Slug.PATTERN)
                && !Slug.isReserved(candidate)
                && candidate.length() >= Slug.MIN
                && candidate.length() <= Slug.MAX)
        .as("the form's constraints agree with the value object")
        .isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"Acme", "ac--me", "admin"})
  void refusesToBeBuiltFromAnInvalidValue(String candidate) {
    assertThatThrownBy(() -> new Slug(candidate)).isInstanceOf(IllegalArgumentException.class);
  }
}
