package org.returnport.loyalty.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returnport.loyalty.ledger.entity.EntryKind;

class MonthlyPointsTest {

  @Test
  void twelveMonthsEndWithTheMonthOfNowInUtcAndCrossTheYear() {
    // 1 March 00:30 in Shanghai is still February in UTC: months are UTC months.
    Instant now = Instant.parse("2026-02-28T16:30:00Z");
    var months = MonthlyPoints.lastMonths(now, 12);
    assertThat(months).hasSize(12);
    assertThat(months.get(0)).isEqualTo(YearMonth.of(2025, 3));
    assertThat(months.get(11)).isEqualTo(YearMonth.of(2026, 2));
    assertThat(months).isSorted();
  }

  @Test
  void aMonthRunsFromItsFirstInstantUpToTheNextMonthsInUtc() {
    assertThat(MonthlyPoints.start(YearMonth.of(2024, 2)))
        .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
    // A leap year's February ends after the 29th.
    assertThat(MonthlyPoints.end(YearMonth.of(2024, 2)))
        .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(MonthlyPoints.end(YearMonth.of(2025, 12)))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void issuedCountsAwardsIntoTheBalanceAndConfirmationsAndTheRestAreShownAsPositives() {
    MonthFigures figures =
        MonthlyPoints.figures(
            YearMonth.of(2026, 11),
            Map.of(
                EntryKind.EARN, 300L,
                EntryKind.CONFIRM, 200L,
                EntryKind.REDEEM, -150L,
                EntryKind.EXPIRE, -40L,
                EntryKind.CLAWBACK, -50L,
                EntryKind.ADJUST, -25L));
    assertThat(figures).isEqualTo(new MonthFigures(YearMonth.of(2026, 11), 500, 150, 40, 50, -25));
    assertThat(figures.largest()).isEqualTo(500);
  }

  @Test
  void aMonthWithoutEntriesIsAllZero() {
    MonthFigures quiet = MonthlyPoints.figures(YearMonth.of(2026, 1), Map.of());
    assertThat(quiet).isEqualTo(new MonthFigures(YearMonth.of(2026, 1), 0, 0, 0, 0, 0));
    PointsOverview overview =
        new PointsOverview(
            java.util.List.of(quiet),
            Liability.of(0, 0, 0, new java.math.BigDecimal("0.01"), "EUR"));
    // A chart of nothing still has a scale.
    assertThat(overview.largest()).isEqualTo(1);
  }
}
