package org.returnport.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubNumbersTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void arrivalsCountPerDayAndOverdueParcelsCountForToday() {
    List<HubNumbers.DayCount> days =
        HubNumbers.arrivals(
            List.of(
                NOW.minus(Duration.ofDays(3)),
                NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(30))),
            NOW,
            3);
    assertThat(days)
        .containsExactly(
            new HubNumbers.DayCount(LocalDate.of(2026, 12, 1), 2),
            new HubNumbers.DayCount(LocalDate.of(2026, 12, 2), 0),
            new HubNumbers.DayCount(LocalDate.of(2026, 12, 3), 2));
  }

  @Test
  void theBacklogIsCountedByAge() {
    int[] ages =
        HubNumbers.ages(
            List.of(
                NOW.minus(Duration.ofHours(3)),
                NOW.minus(Duration.ofHours(30)),
                NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(7)),
                NOW.minus(Duration.ofDays(40))),
            NOW);
    assertThat(ages).containsExactly(1, 1, 1, 2);
  }

  @Test
  void inspectionTimesAreAveragedPerDayAndTheMedianOverAll() {
    Instant day1 = Instant.parse("2026-11-20T12:00:00Z");
    Instant day2 = Instant.parse("2026-11-21T12:00:00Z");
    List<Instant[]> pairs =
        List.of(
            new Instant[] {day1.minus(Duration.ofHours(10)), day1},
            new Instant[] {day1.minus(Duration.ofHours(20)), day1},
            new Instant[] {day2.minus(Duration.ofMinutes(90)), day2});
    assertThat(HubNumbers.inspectionTimes(pairs))
        .containsExactly(
            new HubNumbers.DayTimes(LocalDate.of(2026, 11, 20), 2, 15.0),
            new HubNumbers.DayTimes(LocalDate.of(2026, 11, 21), 1, 1.5));
    assertThat(HubNumbers.medianHours(pairs)).isEqualTo(10.0);
    assertThat(HubNumbers.medianHours(List.of())).isNull();
  }
}
