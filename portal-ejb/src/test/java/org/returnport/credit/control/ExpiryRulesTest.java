package org.returnport.credit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.credit.entity.CreditKind;

class ExpiryRulesTest {

  private static final Instant ISSUED = Instant.parse("2026-12-01T20:00:00Z");

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      nullValues = "never",
      value = {
        // country, kind, expires at (the start of the first day it no longer counts)
        "CA, GIFT_CARD,    never",
        "CA, STORE_CREDIT, never",
        "CN, STORE_CREDIT, never",
        "CN, GIFT_CARD,    2029-12-02T00:00:00Z",
        "US, GIFT_CARD,    2031-12-02T00:00:00Z",
        "IE, STORE_CREDIT, 2031-12-02T00:00:00Z",
        "DE, GIFT_CARD,    2030-01-01T00:00:00Z",
        "AT, GIFT_CARD,    2056-12-02T00:00:00Z",
        "AU, GIFT_CARD,    2029-12-02T00:00:00Z",
        "BE, GIFT_CARD,    2028-12-02T00:00:00Z",
        "FR, GIFT_CARD,    2027-12-02T00:00:00Z",
        "GB, GIFT_CARD,    2029-12-02T00:00:00Z",
        "JP, STORE_CREDIT, 2029-12-02T00:00:00Z",
      })
  void creditExpiresAsTheStoresCountryAllows(String country, CreditKind kind, String expected) {
    assertThat(ExpiryRules.expiry(country, kind, ISSUED).map(Instant::toString).orElse(null))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-12-31T23:59:59Z, 2030-01-01T00:00:00Z",
    "2026-01-01T00:00:00Z, 2030-01-01T00:00:00Z"
  })
  void inGermanyCreditLastsToTheEndOfTheThirdYear(String issued, String expected) {
    assertThat(ExpiryRules.expiry("DE", CreditKind.STORE_CREDIT, Instant.parse(issued)))
        .contains(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024-02-29T10:00:00Z, 2027-03-01T00:00:00Z"})
  void aLeapDayIssueEndsAfterTheLastDayOfFebruary(String issued, String expected) {
    assertThat(ExpiryRules.expiry("GB", CreditKind.GIFT_CARD, Instant.parse(issued)))
        .contains(Instant.parse(expected));
  }
}
