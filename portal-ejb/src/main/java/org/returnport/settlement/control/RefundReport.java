package org.returnport.settlement.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.settlement.entity.PartState;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;

/**
 * The daily refund report: what settled returns paid, by the day they were settled (UTC), method
 * and currency. Built from the same paid parts that {@code ReturnSettled} reports, so its rows add
 * up exactly to the settled returns of the period.
 */
public final class RefundReport {

  private RefundReport() {}

  /** One day's payouts by one method in one currency, from how many returns. */
  public record Row(
      LocalDate day, PayoutMethod method, String currency, int returns, Money amount) {}

  public static List<Row> of(List<Settlement> settled) {
    record Key(LocalDate day, String currency, PayoutMethod method) implements Comparable<Key> {
      @Override
      public int compareTo(Key o) {
        int c = day.compareTo(o.day);
        if (c == 0) {
          c = currency.compareTo(o.currency);
        }
        return c == 0 ? method.compareTo(o.method) : c;
      }
    }
    Map<Key, Money> sums = new TreeMap<>();
    Map<Key, Set<Long>> returns = new TreeMap<>();
    for (Settlement s : settled) {
      if (!s.isSettled()) {
        continue;
      }
      LocalDate day = s.getSettledAt().atZone(ZoneOffset.UTC).toLocalDate();
      for (SettlementPart p : s.getParts()) {
        if (p.getState() != PartState.PAID) {
          continue;
        }
        Key key = new Key(day, p.getPaid().currency(), p.getMethod());
        sums.merge(key, p.getPaid(), Money::plus);
        returns.computeIfAbsent(key, k -> new HashSet<>()).add(s.getReturnId());
      }
    }
    List<Row> rows = new ArrayList<>();
    sums.forEach(
        (k, amount) ->
            rows.add(new Row(k.day(), k.method(), k.currency(), returns.get(k).size(), amount)));
    return rows;
  }

  /** The period's total per currency. */
  public static Map<String, Money> totals(List<Row> rows) {
    Map<String, Money> totals = new TreeMap<>();
    rows.forEach(r -> totals.merge(r.currency(), r.amount(), Money::plus));
    return totals;
  }

  /** The report as CSV: a header, then one line per row, amounts as plain decimals. */
  public static String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder("day,method,currency,returns,amount\r\n");
    for (Row r : rows) {
      out.append(r.day())
          .append(',')
          .append(r.method())
          .append(',')
          .append(r.currency())
          .append(',')
          .append(r.returns())
          .append(',')
          .append(r.amount().decimalString())
          .append("\r\n");
    }
    return out.toString();
  }
}
