package org.returnport.settlement.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.money.Money;
import org.returnport.settlement.entity.CustomsReclaim;
import org.returnport.settlement.entity.ReclaimLine;

/**
 * The customs broker's export: one row per returned line, with the return's import declaration and
 * export date repeated on each row, so that a spreadsheet can sort and filter it freely.
 */
public final class ReclaimCsv {

  public static final String HEADER =
      "rma,order_number,import_country,export_to,import_entry_number,import_declared_on,"
          + "export_date,line,sku,description,hs_code,origin_country,quantity,value,currency,"
          + "duties_paid_on_order,duties_on_returned_items,duties_refunded_to_shopper,"
          + "reclaim_status\r\n";

  private ReclaimCsv() {}

  public static String csv(List<CustomsReclaim> reclaims) {
    StringBuilder out = new StringBuilder(HEADER);
    for (CustomsReclaim c : reclaims) {
      for (ReclaimLine l : c.getLines()) {
        Money value = new Money(l.getValue(), c.getDutiesPaid().currency());
        out.append(cell(c.getRma()))
            .append(',')
            .append(cell(c.getOrderNumber()))
            .append(',')
            .append(cell(c.getImportCountry()))
            .append(',')
            .append(cell(c.getExportTo()))
            .append(',')
            .append(cell(c.getEntryNumber()))
            .append(',')
            .append(day(c.getDeclaredAt()))
            .append(',')
            .append(day(c.getExportedAt()))
            .append(',')
            .append(l.getLineNo())
            .append(',')
            .append(cell(l.getSku()))
            .append(',')
            .append(cell(l.getDescription()))
            .append(',')
            .append(cell(l.getHsCode()))
            .append(',')
            .append(cell(l.getOriginCountry()))
            .append(',')
            .append(l.getQuantity())
            .append(',')
            .append(value.decimalString())
            .append(',')
            .append(value.currency())
            .append(',')
            .append(c.getDutiesPaid().decimalString())
            .append(',')
            .append(c.getDutiesReturned().decimalString())
            .append(',')
            .append(c.getDutiesRefunded().decimalString())
            .append(',')
            .append(c.getStatus())
            .append("\r\n");
      }
    }
    return out.toString();
  }

  private static String day(Instant at) {
    return at == null ? "" : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /**
   * A text cell: quoted when it holds a separator, a quote or a line break, and with a leading
   * apostrophe when a spreadsheet would take it for a formula.
   */
  static String cell(String text) {
    if (text == null) {
      return "";
    }
    String safe = text;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
