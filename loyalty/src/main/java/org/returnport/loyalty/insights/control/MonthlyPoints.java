package org.returnport.loyalty.insights.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.returnport.loyalty.ledger.entity.EntryKind;

/**
 * Turns the ledger's sums per kind into a month's figures. Months are calendar months in UTC:
 * stores have no time zone of their own, and every date in the console is shown in UTC.
 */
public final class MonthlyPoints {

  public static final int MONTHS = 12;

  private MonthlyPoints() {}

  /** The {@code count} months up to and including the month of {@code now}, oldest first. */
  public static List<YearMonth> lastMonths(Instant now, int count) {
    YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
    List<YearMonth> months = new ArrayList<>(count);
    for (int back = count - 1; back >= 0; back--) {
      months.add(current.minusMonths(back));
    }
    return months;
  }

  /** The first instant of the month, UTC. */
  public static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the month, UTC. */
  public static Instant end(YearMonth month) {
    return start(month.plusMonths(1));
  }

  /**
   * The month's figures from the sums of the entries' effect on balances, per kind. A pending award
   * moves no balance (its points count as issued when they are confirmed); a claw-back counts what
   * it took from the balance, not what it took from points still on hold.
   */
  public static MonthFigures figures(YearMonth month, Map<EntryKind, Long> pointsByKind) {
    return new MonthFigures(
        month,
        sum(pointsByKind, EntryKind.EARN) + sum(pointsByKind, EntryKind.CONFIRM),
        -sum(pointsByKind, EntryKind.REDEEM),
        -sum(pointsByKind, EntryKind.EXPIRE),
        -sum(pointsByKind, EntryKind.CLAWBACK),
        sum(pointsByKind, EntryKind.ADJUST));
  }

  private static long sum(Map<EntryKind, Long> pointsByKind, EntryKind kind) {
    return pointsByKind.getOrDefault(kind, 0L);
  }
}
