package org.returnport.policy.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a rule applies: a country (ISO 3166 alpha-2), a region that names several countries, or
 * {@link #EVERYWHERE}.
 */
public final class Regions {

  public static final String EVERYWHERE = "*";

  private static final Map<String, Set<String>> REGIONS =
      Map.of(
          "EU",
          Set.of(
              "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
              "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
          "GCC",
          Set.of("AE", "BH", "KW", "OM", "QA", "SA"),
          "ASEAN",
          Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"));

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Regions() {}

  public static boolean isKnown(String area) {
    return EVERYWHERE.equals(area) || REGIONS.containsKey(area) || COUNTRIES.contains(area);
  }

  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  /** How closely an area fits a country: 3 the country itself, 2 its region, 1 anywhere, 0 not. */
  public static int fit(String area, String country) {
    if (area.equals(country)) {
      return 3;
    }
    if (REGIONS.getOrDefault(area, Set.of()).contains(country)) {
      return 2;
    }
    return EVERYWHERE.equals(area) ? 1 : 0;
  }
}
