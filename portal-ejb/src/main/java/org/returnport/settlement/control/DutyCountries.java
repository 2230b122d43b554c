package org.returnport.settlement.control;

import java.util.Locale;
import java.util.Set;

/**
 * Countries whose customs repay import duty and VAT on goods sent back to the seller, so that a
 * store may refund them to the shopper and reclaim them through a broker: the EU member states
 * (Union Customs Code, art. 117 and 118, repayment for goods rejected or returned), the United
 * Kingdom (rejected imports, form C285), Norway, Switzerland, Iceland, the United States (drawback
 * of rejected merchandise), Canada (B2 refund), Australia, New Zealand and Japan. Elsewhere the
 * duties stay with the shopper's customs and are not refunded.
 */
public final class DutyCountries {

  private static final Set<String> RECLAIMABLE =
      Set.of(
          // European Union
          "AT",
          "BE",
          "BG",
          "HR",
          "CY",
          "CZ",
          "DK",
          "EE",
          "FI",
          "FR",
          "DE",
          "GR",
          "HU",
          "IE",
          "IT",
          "LV",
          "LT",
          "LU",
          "MT",
          "NL",
          "PL",
          "PT",
          "RO",
          "SK",
          "SI",
          "ES",
          "SE",
          // Elsewhere in Europe
          "GB",
          "NO",
          "CH",
          "IS",
          // Beyond Europe
          "US",
          "CA",
          "AU",
          "NZ",
          "JP");

  private DutyCountries() {}

  public static boolean reclaimable(String country) {
    return country != null && RECLAIMABLE.contains(country.toUpperCase(Locale.ROOT));
  }

  public static Set<String> all() {
    return RECLAIMABLE;
  }
}
