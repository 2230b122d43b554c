package org.returnport.loyalty.tiers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierWindowTest {

  @ParameterizedTest(name = "{0} counts from after {1}")
  @CsvSource({
    "2026-12-02T03:00:00Z, 2025-12-02T03:00:00Z",
    "2028-02-29T12:00:00Z, 2027-02-28T12:00:00Z",
    "2027-03-31T00:00:00Z, 2026-03-31T00:00:00Z",
    "2027-01-01T00:00:00Z, 2026-01-01T00:00:00Z",
  })
  void theWindowIsTheTwelveMonthsBeforeNow(String now, String since) {
    TierWindow window = TierWindow.endingAt(Instant.parse(now));
    assertThat(window.since()).isEqualTo(Instant.parse(since));
    assertThat(window.until()).isEqualTo(Instant.parse(now));
  }

  @ParameterizedTest(name = "earned {0}: counted {1}")
  @CsvSource({
    "2025-12-02T03:00:00Z, false",
    "2025-12-02T03:00:00.000001Z, true",
    "2026-06-15T10:00:00Z, true",
    "2026-12-02T03:00:00Z, true",
    "2026-12-02T03:00:00.000001Z, false",
  })
  void whatWasEarnedExactlyAYearAgoHasJustLeftIt(String at, boolean counted) {
    TierWindow window = TierWindow.endingAt(Instant.parse("2026-12-02T03:00:00Z"));
    assertThat(window.contains(Instant.parse(at))).isEqualTo(counted);
  }
}
