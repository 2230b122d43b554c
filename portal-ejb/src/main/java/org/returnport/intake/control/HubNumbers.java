package org.returnport.intake.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hub's numbers, counted by day (UTC, as the console shows times): arrivals expected, the
 * backlog by age, and how long parcels wait between the carrier's delivery and the end of their
 * inspection.
 */
public final class HubNumbers {

  /** The ages the backlog is counted in: up to a day, two days, up to a week, older. */
  public static final List<Duration> AGE_LIMITS =
      List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));

  private HubNumbers() {}

  /**
   * Parcels expected on each of the next {@code days} days, today first. A parcel overdue is still
   * expected: it counts for today.
   */
  public static List<DayCount> arrivals(List<Instant> expected, Instant now, int days) {
    LocalDate today = day(now);
    int[] counts = new int[days];
    for (Instant at : expected) {
      long offset = Math.max(0, today.until(day(at), java.time.temporal.ChronoUnit.DAYS));
      if (offset < days) {
        counts[(int) offset]++;
      }
    }
    List<DayCount> result = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      result.add(new DayCount(today.plusDays(i), counts[i]));
    }
    return result;
  }

  /** How many parcels have waited how long since they arrived, in the buckets of AGE_LIMITS. */
  public static int[] ages(List<Instant> since, Instant now) {
    int[] buckets = new int[AGE_LIMITS.size() + 1];
    for (Instant at : since) {
      Duration age = Duration.between(at, now);
      int bucket = 0;
      while (bucket < AGE_LIMITS.size() && age.compareTo(AGE_LIMITS.get(bucket)) >= 0) {
        bucket++;
      }
      buckets[bucket]++;
    }
    return buckets;
  }

  /**
   * Per day on which inspections ended: how many, and their average time from delivery to the end
   * of inspection in hours (one decimal). Days without an inspection are left out.
   */
  public static List<DayTimes> inspectionTimes(List<Instant[]> deliveredAndInspected) {
    Map<LocalDate, long[]> byDay = new TreeMap<>();
    for (Instant[] pair : deliveredAndInspected) {
      long[] sum = byDay.computeIfAbsent(day(pair[1]), d -> new long[2]);
      sum[0]++;
      sum[1] += Math.max(0, Duration.between(pair[0], pair[1]).toMinutes());
    }
    List<DayTimes> result = new ArrayList<>();
    byDay.forEach(
        (day, sum) ->
            result.add(
                new DayTimes(day, (int) sum[0], Math.round(sum[1] / (double) sum[0] / 6) / 10.0)));
    return result;
  }

  /** The median time from delivery to inspection in hours (one decimal), or null without any. */
  public static Double medianHours(List<Instant[]> deliveredAndInspected) {
    if (deliveredAndInspected.isEmpty()) {
      return null;
    }
    long[] minutes =
        deliveredAndInspected.stream()
            .mapToLong(p -> Math.max(0, Duration.between(p[0], p[1]).toMinutes()))
            .sorted()
            .toArray();
    int middle = minutes.length / 2;
    double median =
        minutes.length % 2 == 1 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2.0;
    return Math.round(median / 6) / 10.0;
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  /** Parcels on one day. */
  public record DayCount(LocalDate day, int count) {}

  /** Inspections that ended on one day and their average hours since delivery. */
  public record DayTimes(LocalDate day, int inspected, double averageHours) {}

  /** A backlog count per age bucket; kept as a record so pages can read it. */
  public record Ages(String status, List<Integer> counts) {
    public static Ages of(String status, int[] buckets) {
      return new Ages(status, Arrays.stream(buckets).boxed().toList());
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }
  }
}
