package org.returnport.loyalty.redemption.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.returnport.money.Money;

/**
 * Discount codes as a CSV for a Shopify store. Shopify's admin has no CSV import of its own for
 * discount codes; stores bulk-import them with the "Discounts" sheet of the Matrixify import app,
 * whose column names this file uses (UTF-8, comma-separated, CRLF, a header row; the file name must
 * contain "discounts"):
 *
 * <ul>
 *   <li>{@code Title}: one discount per code, named after the reward ("Points reward 5.00 EUR");
 *   <li>{@code Command}: {@code NEW}, so that importing the same file again creates nothing twice
 *       (a code that exists already fails its row);
 *   <li>{@code Code}: the code the member types at checkout;
 *   <li>{@code Type}: {@code Fixed Amount}, an amount off the order;
 *   <li>{@code Value}: the amount off, negative as Matrixify writes discounts, in the store's
 *       default currency (which is the shop's currency: Shopify discounts carry none of their own);
 *   <li>{@code Usage Limit}: 1, each code is good for one order;
 *   <li>{@code Starts At}: when the member redeemed the points, UTC, {@code yyyy-MM-dd HH:mm:ss}.
 * </ul>
 */
public final class ShopifyDiscountCsv {

  public static final String HEADER = "Title,Command,Code,Type,Value,Usage Limit,Starts At\r\n";

  private static final DateTimeFormatter STARTS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private ShopifyDiscountCsv() {}

  /** One code to export: the code itself, what it is worth, when it was made. */
  public record Row(String code, Money value, Instant createdAt) {}

  public static String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder(HEADER);
    for (Row row : rows) {
      out.append(
              cell("Points reward " + row.value().decimalString() + " " + row.value().currency()))
          .append(",NEW,")
          .append(cell(row.code()))
          .append(",Fixed Amount,")
          .append('-')
          .append(row.value().decimalString())
          .append(",1,")
          .append(STARTS.format(row.createdAt()))
          .append("\r\n");
    }
    return out.toString();
  }

  /**
   * A cell quoted where CSV needs it; a leading =, +, - or @ is neutralised so that a spreadsheet
   * opening the file never runs it as a formula.
   */
  static String cell(String value) {
    String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
