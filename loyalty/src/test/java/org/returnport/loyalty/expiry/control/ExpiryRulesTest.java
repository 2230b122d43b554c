package org.returnport.loyalty.expiry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.loyalty.expiry.control.ExpiryRules.Account;
import org.returnport.loyalty.expiry.control.ExpiryRules.Credit;
import org.returnport.loyalty.expiry.control.ExpiryRules.Lapse;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;

class ExpiryRulesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  /** Last active at, months, the store's zone: the day the balance lapses, and when it begins. */
  static Stream<Arguments> inactivity() {
    return Stream.of(
        // 31 January plus a month is the last day of February, in leap years the 29th.
        Arguments.of("2027-01-31T10:00:00Z", 1, "UTC", "2027-02-28", "2027-02-28T00:00:00Z"),
        Arguments.of("2028-01-31T10:00:00Z", 1, "UTC", "2028-02-29", "2028-02-29T00:00:00Z"),
        Arguments.of("2027-03-31T10:00:00Z", 1, "UTC", "2027-04-30", "2027-04-30T00:00:00Z"),
        // A leap day plus a year is the 28th of February.
        Arguments.of("2028-02-29T12:00:00Z", 12, "UTC", "2029-02-28", "2029-02-28T00:00:00Z"),
        Arguments.of("2027-12-15T12:00:00Z", 3, "UTC", "2028-03-15", "2028-03-15T00:00:00Z"),
        // Already 1 February in Shanghai: the day counts there, and begins at 16:00 UTC.
        Arguments.of(
            "2027-01-31T17:30:00Z", 1, "Asia/Shanghai", "2027-03-01", "2027-02-28T16:00:00Z"),
        // Still 31 January in New York.
        Arguments.of(
            "2027-02-01T03:00:00Z", 1, "America/New_York", "2027-02-28", "2027-02-28T05:00:00Z"),
        // The day summer time begins: midnight is still winter time.
        Arguments.of(
            "2027-02-28T12:00:00Z", 1, "Europe/Berlin", "2027-03-28", "2027-03-27T23:00:00Z"),
        // Auckland is a day ahead of UTC at the turn of the year.
        Arguments.of(
            "2026-12-31T12:00:00Z", 6, "Pacific/Auckland", "2027-07-01", "2027-06-30T12:00:00Z"));
  }

  @ParameterizedTest(name = "active {0}, {1} months in {2}: lapses on {3}")
  @MethodSource("inactivity")
  void theBalanceLapsesOnTheCalendarDayMonthsAfterTheLastActivityInTheStoresZone(
      String active, int months, String zone, String day, String begins) {
    List<Lapse> schedule =
        ExpiryRules.schedule(
            new Expiry(ExpiryMode.INACTIVITY, months),
            ZoneId.of(zone),
            new Account(700, Instant.parse(active), List.of(), 0));

    assertThat(schedule)
        .containsExactly(new Lapse(LocalDate.parse(day), Instant.parse(begins), 700));
    Instant at = Instant.parse(begins);
    assertThat(ExpiryRules.due(schedule, at.minusNanos(1))).isEmpty();
    assertThat(ExpiryRules.due(schedule, at)).map(Lapse::points).contains(700L);
  }

  @Test
  void nothingLapsesFromADebtAnEmptyBalanceOrAProgramWithoutExpiry() {
    Instant long_ago = Instant.parse("2020-01-01T00:00:00Z");
    Expiry inactivity = new Expiry(ExpiryMode.INACTIVITY, 1);
    Expiry rolling = new Expiry(ExpiryMode.ROLLING, 1);
    List<Credit> credits = List.of(new Credit(long_ago, 100));
    assertThat(ExpiryRules.schedule(inactivity, UTC, new Account(-50, long_ago, credits, 150)))
        .isEmpty();
    assertThat(ExpiryRules.schedule(rolling, UTC, new Account(-50, long_ago, credits, 150)))
        .isEmpty();
    assertThat(ExpiryRules.schedule(inactivity, UTC, new Account(0, long_ago, credits, 100)))
        .isEmpty();
    assertThat(
            ExpiryRules.schedule(
                new Expiry(ExpiryMode.NONE, 0), UTC, new Account(100, long_ago, credits, 0)))
        .isEmpty();
  }

  @Test
  void rollingPointsOfTheLastDaysOfJanuaryAllLapseAtTheEndOfFebruaryOnceWhatWasSpentIsTakenOff() {
    List<Credit> credits =
        List.of(
            credit("2027-01-29T09:00:00Z", 100),
            credit("2027-01-30T09:00:00Z", 100),
            credit("2027-01-31T09:00:00Z", 100),
            credit("2027-02-10T09:00:00Z", 100));
    // 400 earned, 150 redeemed: the oldest 150 were spent.
    List<Lapse> schedule =
        ExpiryRules.schedule(
            new Expiry(ExpiryMode.ROLLING, 1),
            UTC,
            new Account(250, credits.get(3).at(), credits, 150));

    assertThat(schedule)
        .containsExactly(
            new Lapse(LocalDate.parse("2027-02-28"), Instant.parse("2027-02-28T00:00:00Z"), 150),
            new Lapse(LocalDate.parse("2027-03-10"), Instant.parse("2027-03-10T00:00:00Z"), 100));
    assertThat(ExpiryRules.due(schedule, Instant.parse("2027-03-01T00:00:00Z")))
        .contains(
            new Lapse(LocalDate.parse("2027-02-28"), Instant.parse("2027-02-28T00:00:00Z"), 150));
    assertThat(ExpiryRules.due(schedule, Instant.parse("2027-03-10T00:00:00Z")))
        .map(Lapse::points)
        .contains(250L);
  }

  @Test
  void rollingPointsSpentInFullLapseNeverAndTheBalanceCapsTheRest() {
    List<Credit> credits =
        List.of(credit("2027-01-10T09:00:00Z", 100), credit("2027-02-10T09:00:00Z", 100));
    // 120 taken: January's 100 are gone, 80 of February's remain.
    List<Lapse> schedule =
        ExpiryRules.schedule(
            new Expiry(ExpiryMode.ROLLING, 1), UTC, new Account(80, null, credits, 120));
    assertThat(schedule)
        .containsExactly(
            new Lapse(LocalDate.parse("2027-03-10"), Instant.parse("2027-03-10T00:00:00Z"), 80));
  }

  @Test
  void aMemberIsWarnedOnceOfWhatLapsesWithinThirtyOneDaysAndAgainAfterBeingActive() {
    Instant now = Instant.parse("2027-05-01T02:41:00Z");
    Lapse soon = new Lapse(LocalDate.parse("2027-05-20"), Instant.parse("2027-05-20T00:00:00Z"), 5);
    Lapse later =
        new Lapse(LocalDate.parse("2027-06-02"), Instant.parse("2027-06-02T00:00:00Z"), 5);
    List<Lapse> coming = ExpiryRules.coming(List.of(soon, later), now);
    // Within 31 days: the first; the second is hours too far.
    assertThat(coming).containsExactly(soon);
    assertThat(ExpiryRules.needsWarning(List.of(), null, null)).isFalse();
    assertThat(ExpiryRules.needsWarning(coming, null, null)).isTrue();
    Instant warned = now.minus(Duration.ofDays(2));
    assertThat(ExpiryRules.needsWarning(coming, warned, now.minus(Duration.ofDays(100)))).isFalse();
    // Active since the warning: their points changed, they are told again.
    assertThat(ExpiryRules.needsWarning(coming, warned, warned.plusSeconds(60))).isTrue();
    // A lapse beyond what the last warning could have named is news.
    Instant warnedLongAgo = now.minus(Duration.ofDays(40));
    assertThat(ExpiryRules.needsWarning(coming, warnedLongAgo, null)).isTrue();
  }

  @Test
  void aStoresZoneComesFromItsCountryAndIsUtcWhenUnknown() {
    assertThat(StoreZones.of("CN")).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(StoreZones.of("fr")).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(StoreZones.of("US")).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(StoreZones.of("ZZ")).isEqualTo(UTC);
    assertThat(StoreZones.of(null)).isEqualTo(UTC);
  }

  @Test
  void aRunBeforeTheFirstPossibleDueDateReadsNoAccount() {
    Instant now = Instant.parse("2027-06-15T02:41:00Z");
    Expiry expiry = new Expiry(ExpiryMode.INACTIVITY, 3);
    Instant bound = ExpiryRules.activeBefore(expiry, now);
    // Active just after the bound: nothing due nor to warn of, in the zone furthest ahead.
    Instant justAfter = bound.plusSeconds(1);
    List<Lapse> schedule =
        ExpiryRules.schedule(
            expiry, ZoneId.of("Pacific/Kiritimati"), new Account(10, justAfter, List.of(), 0));
    assertThat(ExpiryRules.due(schedule, now)).isEqualTo(Optional.empty());
    assertThat(ExpiryRules.coming(schedule, now)).isEmpty();
  }

  private static Credit credit(String at, long points) {
    return new Credit(Instant.parse(at), points);
  }
}
