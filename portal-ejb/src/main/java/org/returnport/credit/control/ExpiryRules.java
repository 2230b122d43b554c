package org.returnport.credit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.returnport.credit.entity.CreditKind;

/**
 * How long credit stays valid, by the store's country (where its consumer law applies) and by kind.
 * Where the law forbids an expiry date there is none; where it sets a minimum, credit lasts exactly
 * that minimum; elsewhere it lasts {@link #DEFAULT_YEARS}, long enough for every rule we know of.
 * The table is the product's reading of the law, not legal advice: README lists it.
 */
public final class ExpiryRules {

  /** Where no rule below applies. */
  public static final int DEFAULT_YEARS = 3;

  /** How long credit lasts: never expiring, or a number of years (to the end of that year). */
  public record Rule(Integer years, boolean toEndOfYear) {

    static final Rule NEVER = new Rule(null, false);

    static Rule years(int years) {
      return new Rule(years, false);
    }

    public boolean expires() {
      return years != null;
    }
  }

  private static final Map<String, Rule> GIFT_CARDS =
      Map.ofEntries(
          // Most provinces (Ontario, Quebec, British Columbia, …) forbid expiry dates.
          Map.entry("CA", Rule.NEVER),
          // Austria's supreme court struck down short limits: the 30-year limitation applies.
          Map.entry("AT", Rule.years(30)),
          // The regular limitation period (§ 195, § 199 BGB): three years to the end of the year.
          Map.entry("DE", new Rule(3, true)),
          // Credit Card Act 2009: at least five years from issue.
          Map.entry("US", Rule.years(5)),
          // Consumer Protection (Gift Vouchers) Act 2019: at least five years.
          Map.entry("IE", Rule.years(5)),
          // Australian Consumer Law since 2019: at least three years.
          Map.entry("AU", Rule.years(3)),
          // Belgian law of 2022 on gift vouchers: at least two years.
          Map.entry("BE", Rule.years(2)),
          // French practice and the 2022 consumer code: at least one year.
          Map.entry("FR", Rule.years(1)),
          // Bearer prepaid cards (不记名卡): at least three years.
          Map.entry("CN", Rule.years(3)));

  /** Store credit is held in the shopper's name: some laws treat it unlike a bearer card. */
  private static final Map<String, Rule> STORE_CREDIT =
      Map.of(
          // Registered prepaid cards (记名卡) must not expire at all.
          "CN", Rule.NEVER);

  private ExpiryRules() {}

  public static Rule rule(String country, CreditKind kind) {
    String key = country == null ? "" : country;
    if (kind == CreditKind.STORE_CREDIT && STORE_CREDIT.containsKey(key)) {
      return STORE_CREDIT.get(key);
    }
    return GIFT_CARDS.getOrDefault(key, Rule.years(DEFAULT_YEARS));
  }

  /**
   * When credit issued at {@code issuedAt} in a store of {@code country} expires, or empty when it
   * never does. Store credit issued again runs from its latest issue.
   */
  public static Optional<Instant> expiry(String country, CreditKind kind, Instant issuedAt) {
    Rule rule = rule(country, kind);
    if (!rule.expires()) {
      return Optional.empty();
    }
    LocalDate issued = issuedAt.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate until =
        rule.toEndOfYear()
            ? LocalDate.of(issued.getYear() + rule.years(), 12, 31).plusDays(1)
            : issued.plusYears(rule.years()).plusDays(1);
    return Optional.of(until.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
