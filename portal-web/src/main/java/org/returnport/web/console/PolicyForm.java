package org.returnport.web.console;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.Regions;
import org.returnport.policy.entity.Resolution;

/**
 * The policy editor's fields, read from and turned back into {@link PolicyRules}. The tables
 * (reasons, fees, hubs…) are lists of rows, each row a map from column name to what was typed, so
 * that the page can add and remove rows freely; typed text is parsed here, and what the rules mean
 * is checked by the rules.
 */
public class PolicyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The editor's tables and their columns. */
  public enum Table {
    ITEM_RULES("scope", "key", "treatment", "windowDays"),
    CONDITIONS("code", "en", "zh", "accepted"),
    REASONS("code", "en", "zh", "photosRequired", "merchantFault"),
    SHIPPING_FEES("area", "category", "amount", "currency"),
    RESTOCKING_FEES("category", "reason", "percent", "amount", "currency"),
    FREE_RETURNS_FROM("amount", "currency"),
    KEEP_IT_UNDER("amount", "currency"),
    AUTO_APPROVAL_UP_TO("amount", "currency"),
    HUBS("code", "name", "serves", "country", "address", "carrier", "carriers"),
    TIER_BENEFITS(
        "tier",
        "freeReturnShipping",
        "extraWindowDays",
        "refundAtFirstScan",
        "storeCreditBonusPercent");

    private final List<String> columns;

    Table(String... columns) {
      this.columns = List.of(columns);
    }

    Map<String, Object> emptyRow() {
      Map<String, Object> row = new LinkedHashMap<>();
      columns.forEach(column -> row.put(column, null));
      return row;
    }
  }

  private int windowDays;
  private int shipWithinDays;
  private int reviewWithinHours;
  private List<Resolution> resolutions = new ArrayList<>();
  private BigDecimal storeCreditBonusPercent;
  private String keepItReasons;
  private boolean autoApproval;
  private int maxReturnsIn90Days;
  private PolicyRules.RefundTiming refundAt = PolicyRules.RefundTiming.INSPECTION;
  private boolean instantExchange;
  private boolean refundDuties = true;
  private final Map<Table, List<Map<String, Object>>> tables = new LinkedHashMap<>();

  public PolicyForm() {
    for (Table table : Table.values()) {
      tables.put(table, new ArrayList<>());
    }
  }

  static PolicyForm of(PolicyRules rules) {
    PolicyForm form = new PolicyForm();
    form.windowDays = rules.windowDays();
    form.shipWithinDays = rules.shipWithinDays();
    form.reviewWithinHours = rules.reviewWithinHours();
    form.resolutions = new ArrayList<>(rules.resolutions());
    form.storeCreditBonusPercent = rules.storeCreditBonusPercent();
    form.keepItReasons = String.join(", ", rules.keepIt().reasons());
    form.autoApproval = rules.autoApproval().enabled();
    form.maxReturnsIn90Days = rules.autoApproval().maxReturnsIn90Days();
    form.refundAt = rules.payouts().refundAt();
    form.instantExchange = rules.payouts().instantExchange();
    form.refundDuties = rules.payouts().refundDuties();
    for (var rule : rules.itemRules()) {
      form.add(
          Table.ITEM_RULES,
          rule.category() ? "category" : "sku",
          rule.key(),
          rule.treatment().name(),
          rule.windowDays());
    }
    for (var c : rules.conditions()) {
      form.add(Table.CONDITIONS, c.code(), c.label().en(), c.label().zh(), c.accepted());
    }
    for (var r : rules.reasons()) {
      form.add(
          Table.REASONS,
          r.code(),
          r.label().en(),
          r.label().zh(),
          r.photosRequired(),
          r.merchantFault());
    }
    for (var f : rules.shippingFees()) {
      form.add(Table.SHIPPING_FEES, f.area(), f.category(), f.fee().amount(), f.fee().currency());
    }
    for (var f : rules.restockingFees()) {
      Money fixed = f.fixedPerUnit();
      form.add(
          Table.RESTOCKING_FEES,
          f.category(),
          f.reason(),
          f.percent(),
          fixed == null ? null : fixed.amount(),
          fixed == null ? null : fixed.currency());
    }
    rules
        .freeReturnsFrom()
        .forEach(m -> form.add(Table.FREE_RETURNS_FROM, m.amount(), m.currency()));
    rules.keepIt().under().forEach(m -> form.add(Table.KEEP_IT_UNDER, m.amount(), m.currency()));
    rules
        .autoApproval()
        .maxOrderValue()
        .forEach(m -> form.add(Table.AUTO_APPROVAL_UP_TO, m.amount(), m.currency()));
    for (var h : rules.hubs()) {
      form.add(
          Table.HUBS,
          h.code(),
          h.name(),
          String.join(", ", h.serves()),
          h.country(),
          h.address(),
          h.carrier(),
          h.carriers().stream()
              .map(route -> route.area() + ": " + route.carrier())
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    for (var b : rules.tierBenefits()) {
      form.add(
          Table.TIER_BENEFITS,
          b.tier(),
          b.freeReturnShipping(),
          b.extraWindowDays() == 0 ? null : b.extraWindowDays(),
          b.refundAtFirstScan(),
          b.storeCreditBonusPercent() == null
              ? null
              : b.storeCreditBonusPercent().stripTrailingZeros().toPlainString());
    }
    return form;
  }

  private void add(Table table, Object... values) {
    Map<String, Object> row = table.emptyRow();
    for (int i = 0; i < values.length; i++) {
      row.put(table.columns.get(i), values[i] == null ? null : values[i].toString());
    }
    tables.get(table).add(row);
  }

  public void addRow(Table table) {
    tables.get(table).add(table.emptyRow());
  }

  public void removeRow(Table table, int index) {
    if (index >= 0 && index < tables.get(table).size()) {
      tables.get(table).remove(index);
    }
  }

  /** The rules these fields say; text that is not a number or a currency is refused here. */
  PolicyRules toRules() {
    return new PolicyRules(
        windowDays,
        shipWithinDays,
        reviewWithinHours,
        rows(
            Table.ITEM_RULES,
            row ->
                new PolicyRules.ItemRule(
                    !"sku".equals(text(row, "scope")),
                    text(row, "key"),
                    treatment(text(row, "treatment")),
                    integer(row, "windowDays", "itemRules"))),
        rows(
            Table.CONDITIONS,
            row -> new PolicyRules.Condition(text(row, "code"), label(row), flag(row, "accepted"))),
        rows(
            Table.REASONS,
            row ->
                new PolicyRules.Reason(
                    text(row, "code"),
                    label(row),
                    flag(row, "photosRequired"),
                    flag(row, "merchantFault"))),
        resolutions.isEmpty() ? Set.of() : EnumSet.copyOf(resolutions),
        storeCreditBonusPercent,
        rows(
            Table.SHIPPING_FEES,
            row ->
                new PolicyRules.ShippingFee(
                    area(text(row, "area")),
                    orEverything(text(row, "category")),
                    money(row, "shippingFees"))),
        rows(
            Table.RESTOCKING_FEES,
            row -> {
              BigDecimal percent = decimal(row, "percent", "restockingFees");
              return new PolicyRules.RestockingFee(
                  orEverything(text(row, "category")),
                  orEverything(text(row, "reason")),
                  percent,
                  text(row, "amount") == null ? null : money(row, "restockingFees"));
            }),
        rows(Table.FREE_RETURNS_FROM, row -> money(row, "freeReturnsFrom")),
        new PolicyRules.KeepIt(
            rows(Table.KEEP_IT_UNDER, row -> money(row, "keepIt")), codes(keepItReasons)),
        new PolicyRules.AutoApproval(
            autoApproval,
            rows(Table.AUTO_APPROVAL_UP_TO, row -> money(row, "autoApproval")),
            maxReturnsIn90Days),
        rows(
            Table.HUBS,
            row ->
                new PolicyRules.Hub(
                    text(row, "code"),
                    text(row, "name"),
                    List.copyOf(codes(upper(text(row, "serves")))),
                    upper(text(row, "country")),
                    text(row, "address"),
                    text(row, "carrier"),
                    carrierRoutes(text(row, "carriers")))),
        new PolicyRules.Payouts(refundAt, instantExchange, refundDuties),
        rows(
            Table.TIER_BENEFITS,
            row -> {
              Integer days = integer(row, "extraWindowDays", "tierBenefits");
              return new PolicyRules.TierBenefit(
                  lower(text(row, "tier")),
                  flag(row, "freeReturnShipping"),
                  days == null ? 0 : days,
                  flag(row, "refundAtFirstScan"),
                  decimal(row, "storeCreditBonusPercent", "tierBenefits"));
            }));
  }

  /**
   * Per-country carriers typed as {@code FR: sandbox, GB: dhl}: an area (country or region), a
   * colon, the carrier; a pair without its colon is refused.
   */
  static List<PolicyRules.CarrierRoute> carrierRoutes(String text) {
    if (text == null) {
      return List.of();
    }
    List<PolicyRules.CarrierRoute> routes = new ArrayList<>();
    for (String pair : text.split("[,;\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int colon = pair.indexOf(':');
      if (colon < 0) {
        throw new RejectedException("hubs", "returnport.policy.carrierRoute", pair.strip());
      }
      routes.add(
          new PolicyRules.CarrierRoute(
              pair.substring(0, colon).strip().toUpperCase(Locale.ROOT),
              pair.substring(colon + 1).strip()));
    }
    return routes;
  }

  private <T> List<T> rows(Table table, Function<Map<String, Object>, T> convert) {
    return tables.get(table).stream().map(convert).toList();
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static boolean flag(Map<String, Object> row, String column) {
    return Boolean.parseBoolean(String.valueOf(row.get(column)));
  }

  private static LocalizedText label(Map<String, Object> row) {
    String en = text(row, "en");
    return en == null ? null : new LocalizedText(en, text(row, "zh"));
  }

  private static PolicyRules.Treatment treatment(String text) {
    try {
      return PolicyRules.Treatment.valueOf(
          text == null ? "FINAL_SALE" : text.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new RejectedException("itemRules", "returnport.policy.treatment");
    }
  }

  private static Integer integer(Map<String, Object> row, String column, String field) {
    String value = text(row, column);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new RejectedException(field, "returnport.policy.number");
    }
  }

  private static BigDecimal decimal(Map<String, Object> row, String column, String field) {
    String value = text(row, column);
    try {
      return value == null ? null : new BigDecimal(value.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new RejectedException(field, "returnport.policy.number");
    }
  }

  private static Money money(Map<String, Object> row, String field) {
    BigDecimal amount = decimal(row, "amount", field);
    String currency = upper(text(row, "currency"));
    if (amount == null || !Money.isCurrency(currency)) {
      throw new RejectedException(field, "returnport.policy.currency");
    }
    return new Money(amount, currency);
  }

  private static String area(String text) {
    return text == null ? Regions.EVERYWHERE : upper(text);
  }

  private static String orEverything(String text) {
    return text == null ? Regions.EVERYWHERE : text;
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static Set<String> codes(String list) {
    Set<String> codes = new LinkedHashSet<>();
    if (list != null) {
      for (String code : list.split("[,\\s]+")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
    }
    return codes;
  }

  public List<Map<String, Object>> rows(String table) {
    return tables.get(Table.valueOf(table));
  }

  public PolicyRules.RefundTiming getRefundAt() {
    return refundAt;
  }

  public void setRefundAt(PolicyRules.RefundTiming refundAt) {
    this.refundAt = refundAt;
  }

  public PolicyRules.RefundTiming[] getRefundTimings() {
    return PolicyRules.RefundTiming.values();
  }

  public boolean isInstantExchange() {
    return instantExchange;
  }

  public void setInstantExchange(boolean instantExchange) {
    this.instantExchange = instantExchange;
  }

  public boolean isRefundDuties() {
    return refundDuties;
  }

  public void setRefundDuties(boolean refundDuties) {
    this.refundDuties = refundDuties;
  }

  public int getWindowDays() {
    return windowDays;
  }

  public void setWindowDays(int windowDays) {
    this.windowDays = windowDays;
  }

  public int getShipWithinDays() {
    return shipWithinDays;
  }

  public void setShipWithinDays(int shipWithinDays) {
    this.shipWithinDays = shipWithinDays;
  }

  public int getReviewWithinHours() {
    return reviewWithinHours;
  }

  public void setReviewWithinHours(int reviewWithinHours) {
    this.reviewWithinHours = reviewWithinHours;
  }

  public List<Resolution> getResolutions() {
    return resolutions;
  }

  public void setResolutions(List<Resolution> resolutions) {
    this.resolutions = resolutions;
  }

  public BigDecimal getStoreCreditBonusPercent() {
    return storeCreditBonusPercent;
  }

  public void setStoreCreditBonusPercent(BigDecimal storeCreditBonusPercent) {
    this.storeCreditBonusPercent = storeCreditBonusPercent;
  }

  public String getKeepItReasons() {
    return keepItReasons;
  }

  public void setKeepItReasons(String keepItReasons) {
    this.keepItReasons = keepItReasons;
  }

  public boolean isAutoApproval() {
    return autoApproval;
  }

  public void setAutoApproval(boolean autoApproval) {
    this.autoApproval = autoApproval;
  }

  public int getMaxReturnsIn90Days() {
    return maxReturnsIn90Days;
  }

  public void setMaxReturnsIn90Days(int maxReturnsIn90Days) {
    this.maxReturnsIn90Days = maxReturnsIn90Days;
  }
}
