package org.returnport.catalog.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.returnport.catalog.entity.OrderData;
import org.returnport.errors.RejectedException;

/**
 * Reads Shopify's order export as it comes: its column names, one row per line item where only the
 * first row of an order carries the order's columns, quoted fields with commas and line breaks, an
 * optional UTF-8 byte-order mark, dates such as {@code 2026-03-05 14:02:11 +0100}. One order at a
 * time, so that a file of any length is read in constant memory (apart from the order numbers
 * already seen, which keep an order split over the file from being half-imported).
 */
public final class ShopifyOrderExport implements Closeable {

  static final List<String> REQUIRED =
      List.of(
          "Name",
          "Email",
          "Currency",
          "Created at",
          "Lineitem quantity",
          "Lineitem name",
          "Lineitem price",
          "Lineitem sku",
          "Shipping Country");

  /** As many lines as an order sent through the API may have. */
  public static final int DEFAULT_MAX_ROWS_PER_ORDER = 500;

  private static final DateTimeFormatter SHOPIFY_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final Set<String> seen = new HashSet<>();
  private final int maxRowsPerOrder;
  private CSVRecord pending;

  /** Opens the export with the default cap on rows per order. */
  public ShopifyOrderExport(Reader reader) throws IOException {
    this(reader, DEFAULT_MAX_ROWS_PER_ORDER);
  }

  /**
   * Opens the export; refuses a file that is not one, naming the missing columns. An order of more
   * than {@code maxRowsPerOrder} rows is refused whole.
   */
  public ShopifyOrderExport(Reader reader, int maxRowsPerOrder) throws IOException {
    this.maxRowsPerOrder = maxRowsPerOrder;
    this.parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get()
            .parse(withoutByteOrderMark(reader));
    this.columns = parser.getHeaderMap();
    List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw new RejectedException(
          "file", "returnport.import.notShopify", String.join(", ", missing));
    }
    this.records = parser.iterator();
  }

  /** The next order of the file, or nothing at the end. */
  public Optional<Group> next() {
    CSVRecord first = pending != null ? pending : records.hasNext() ? records.next() : null;
    pending = null;
    if (first == null) {
      return Optional.empty();
    }
    String name = value(first, "Name");
    List<CSVRecord> rows = new ArrayList<>();
    rows.add(first);
    CSVRecord last = first;
    while (records.hasNext()) {
      CSVRecord row = records.next();
      if (!value(row, "Name").equals(name)) {
        pending = row;
        break;
      }
      last = row;
      // Past the cap the rest of the order is only skipped, so one huge order cannot fill memory.
      if (rows.size() <= maxRowsPerOrder) {
        rows.add(row);
      }
    }
    long firstRow = first.getRecordNumber() + 1;
    long lastRow = last.getRecordNumber() + 1;
    String number = name.startsWith("#") ? name.substring(1) : name;
    if (rows.size() > maxRowsPerOrder) {
      return Optional.of(
          Group.refused(
              firstRow,
              lastRow,
              number,
              new RejectedException("Name", "returnport.import.tooManyRows", maxRowsPerOrder)));
    }
    if (number.isBlank()) {
      return Optional.of(
          Group.refused(
              firstRow,
              lastRow,
              number,
              new RejectedException("Name", "returnport.order.required")));
    }
    if (!seen.add(number)) {
      return Optional.of(
          Group.refused(
              firstRow,
              lastRow,
              number,
              new RejectedException("Name", "returnport.import.split", number)));
    }
    try {
      return Optional.of(new Group(firstRow, lastRow, number, order(number, rows), null));
    } catch (RejectedException e) {
      return Optional.of(Group.refused(firstRow, lastRow, number, e));
    }
  }

  private OrderData order(String number, List<CSVRecord> rows) {
    CSVRecord head = rows.get(0);
    List<Line> lines = new ArrayList<>();
    for (CSVRecord row : rows) {
      lines.add(
          new Line(
              value(row, "Lineitem sku").isBlank()
                  ? value(row, "Lineitem name")
                  : value(row, "Lineitem sku"),
              value(row, "Lineitem name"),
              integer(row, "Lineitem quantity"),
              decimal(row, "Lineitem price"),
              optionalDecimal(row, "Lineitem discount")));
    }
    BigDecimal taxes = optionalDecimal(head, "Taxes").orElse(BigDecimal.ZERO);
    BigDecimal discount = optionalDecimal(head, "Discount Amount").orElse(BigDecimal.ZERO);
    boolean lineDiscounts = lines.stream().anyMatch(line -> line.discount().isPresent());
    List<BigDecimal> taxShares = shares(taxes, lines);
    List<BigDecimal> discountShares = shares(lineDiscounts ? BigDecimal.ZERO : discount, lines);
    List<OrderData.Line> orderLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      orderLines.add(
          new OrderData.Line(
              line.sku(),
              line.name(),
              line.quantity(),
              line.price(),
              taxShares.get(i),
              line.discount().orElse(discountShares.get(i))));
    }
    String shopper = firstOf(head, "Shipping Name", "Billing Name");
    return new OrderData(
        number,
        value(head, "Email").toLowerCase(Locale.ROOT),
        shopper.isBlank() ? value(head, "Email") : shopper,
        value(head, "Shipping Country").toUpperCase(Locale.ROOT),
        address(head),
        value(head, "Currency").toUpperCase(Locale.ROOT),
        optionalDecimal(head, "Duties").orElse(BigDecimal.ZERO),
        firstOf(head, "Payment Method").isBlank() ? "unknown" : firstOf(head, "Payment Method"),
        date(head, "Created at")
            .orElseThrow(() -> new RejectedException("Created at", "returnport.order.required")),
        date(head, "Fulfilled at").orElse(null),
        null,
        orderLines,
        firstOf(head, "Payment Reference", "Payment ID"),
        null);
  }

  /**
   * Splits an order-level amount over the lines in proportion to what each line costs, to the cent,
   * the last line taking what rounding left over: the shares add up to the amount exactly.
   */
  static List<BigDecimal> shares(BigDecimal amount, List<Line> lines) {
    BigDecimal total = lines.stream().map(Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      BigDecimal share;
      if (i == lines.size() - 1) {
        share = amount.subtract(given);
      } else if (total.signum() == 0) {
        share = BigDecimal.ZERO;
      } else {
        share = amount.multiply(lines.get(i).gross()).divide(total, 2, RoundingMode.DOWN);
      }
      shares.add(share);
      given = given.add(share);
    }
    return shares;
  }

  private String address(CSVRecord row) {
    String cityLine =
        Stream.of(firstOf(row, "Shipping Zip"), firstOf(row, "Shipping City"))
            .filter(part -> !part.isBlank())
            .collect(Collectors.joining(" "));
    String address =
        Stream.of(
                firstOf(row, "Shipping Address1", "Shipping Street"),
                firstOf(row, "Shipping Address2"),
                cityLine,
                firstOf(row, "Shipping Province Name", "Shipping Province"))
            .filter(part -> !part.isBlank())
            .distinct()
            .collect(Collectors.joining(", "));
    return address.isBlank() ? "-" : address;
  }

  private String value(CSVRecord row, String column) {
    Integer index = columns.get(column);
    return index == null || index >= row.size() ? "" : row.get(index).strip();
  }

  private String firstOf(CSVRecord row, String... names) {
    for (String name : names) {
      String value = value(row, name);
      if (!value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  private int integer(CSVRecord row, String column) {
    try {
      return Integer.parseInt(value(row, column));
    } catch (NumberFormatException e) {
      throw new RejectedException(column, "returnport.import.number", value(row, column));
    }
  }

  private BigDecimal decimal(CSVRecord row, String column) {
    return optionalDecimal(row, column)
        .orElseThrow(() -> new RejectedException(column, "returnport.order.required"));
  }

  private Optional<BigDecimal> optionalDecimal(CSVRecord row, String column) {
    String value = value(row, column);
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value));
    } catch (NumberFormatException e) {
      throw new RejectedException(column, "returnport.import.number", value);
    }
  }

  private Optional<Instant> date(CSVRecord row, String column) {
    String value = value(row, column);
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value, SHOPIFY_DATE).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(value).toInstant());
      } catch (DateTimeParseException again) {
        throw new RejectedException(column, "returnport.import.date", value);
      }
    }
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** A line item as the export gives it. */
  record Line(
      String sku, String name, int quantity, BigDecimal price, Optional<BigDecimal> discount) {

    BigDecimal gross() {
      return price.multiply(BigDecimal.valueOf(quantity));
    }
  }

  /**
   * The rows of one order (spreadsheet row numbers, the header being row 1): the order they
   * describe, or why it was refused; a refused order is not imported at all.
   */
  public record Group(
      long firstRow, long lastRow, String number, OrderData order, RejectedException problem) {

    static Group refused(long firstRow, long lastRow, String number, RejectedException problem) {
      return new Group(firstRow, lastRow, number, null, problem);
    }
  }
}
