package org.returnport.loyalty.earning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwardRulesTest {

  @ParameterizedTest(name = "{0} points after {1} today under a cap of {2}: {3}")
  @CsvSource({
    "100,    0, 1000,  100",
    "100,  900, 1000,  100",
    "100,  950, 1000,   50",
    "100,  999, 1000,    1",
    "100, 1000, 1000,    0",
    "100, 1200, 1000,    0",
    "  0,    0, 1000,    0",
    "250,    0,    0,    0",
    "250,    0,  200,  200"
  })
  void theDailyCapGivesTheRemainderAndNeverMore(
      long points, long earnedToday, long cap, long awarded) {
    assertThat(AwardRules.capped(points, earnedToday, cap)).isEqualTo(awarded);
  }

  @ParameterizedTest(name = "after {0} helpful awards this month, with {1} a month: {2}")
  @CsvSource({"0, 20, true", "19, 20, true", "20, 20, false", "25, 20, false", "0, 0, false"})
  void helpfulMarksEarnUpToTheMonthsNumber(long awarded, int perMonth, boolean counts) {
    assertThat(AwardRules.helpfulCounts(awarded, perMonth)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0} is in the UTC day from {1} and the month from {2} to {3}")
  @CsvSource({
    "2026-03-15T10:00:00Z,     2026-03-15T00:00:00Z, 2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z",
    "2026-03-31T23:59:59.999Z, 2026-03-31T00:00:00Z, 2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z",
    "2026-04-01T00:00:00Z,     2026-04-01T00:00:00Z, 2026-04-01T00:00:00Z, 2026-05-01T00:00:00Z",
    "2028-02-29T12:00:00Z,     2028-02-29T00:00:00Z, 2028-02-01T00:00:00Z, 2028-03-01T00:00:00Z",
    "2026-12-31T23:00:00Z,     2026-12-31T00:00:00Z, 2026-12-01T00:00:00Z, 2027-01-01T00:00:00Z"
  })
  void daysAndMonthsAreCountedInUtc(Instant at, Instant day, Instant month, Instant nextMonth) {
    assertThat(AwardRules.dayStart(at)).isEqualTo(day);
    assertThat(AwardRules.monthStart(at)).isEqualTo(month);
    assertThat(AwardRules.nextMonthStart(at)).isEqualTo(nextMonth);
  }

  @ParameterizedTest(
      name = "{0} points, {1} pending, confirmed {2}: {3} from the balance, {4} pending")
  @CsvSource({
    "  0, 150, false,   0, 150",
    "  0, 150, true,  150,   0",
    "100,   0, false, 100,   0",
    "100,   0, true,  100,   0"
  })
  void aClawBackTakesWhatIsOnHoldFromPendingAndWhatWasConfirmedFromTheBalance(
      long points, long pending, boolean confirmed, long fromBalance, long fromPending) {
    assertThat(AwardRules.clawBack(points, pending, confirmed))
        .isEqualTo(new AwardRules.ClawBack(fromBalance, fromPending));
  }

  @ParameterizedTest(name = "round {1} of {0}: {2}")
  @CsvSource({
    "review/41/2, 0, review/41/2",
    "review/41/2, 1, review/41/2/again-1",
    "review-return/7/2, 3, review-return/7/2/again-3"
  })
  void laterRoundsOfAReviewHaveKeysOfTheirOwn(String key, int round, String expected) {
    assertThat(AwardRules.inRound(key, round)).isEqualTo(expected);
  }
}
