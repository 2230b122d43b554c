package org.returnport.loyalty.expiry.control;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time zone a store's calendar runs in, for dates its members read ("your points expire on 1
 * March"). A store tells us its country when it signs up, not a zone: a country with one zone gives
 * it; a country with several gives the zone where most of its people live (the US its east coast,
 * Australia Sydney, Brazil São Paulo, ...), where a store's customers are most likely to be. A
 * country missing here runs in UTC, as every other time the product keeps.
 */
public final class StoreZones {

  private static final Map<String, String> ZONES =
      Map.<String, String>ofEntries(
          Map.entry("AE", "Asia/Dubai"),
          Map.entry("AT", "Europe/Vienna"),
          Map.entry("AU", "Australia/Sydney"),
          Map.entry("BE", "Europe/Brussels"),
          Map.entry("BG", "Europe/Sofia"),
          Map.entry("BR", "America/Sao_Paulo"),
          Map.entry("CA", "America/Toronto"),
          Map.entry("CH", "Europe/Zurich"),
          Map.entry("CN", "Asia/Shanghai"),
          Map.entry("CY", "Asia/Nicosia"),
          Map.entry("CZ", "Europe/Prague"),
          Map.entry("DE", "Europe/Berlin"),
          Map.entry("DK", "Europe/Copenhagen"),
          Map.entry("EE", "Europe/Tallinn"),
          Map.entry("ES", "Europe/Madrid"),
          Map.entry("FI", "Europe/Helsinki"),
          Map.entry("FR", "Europe/Paris"),
          Map.entry("GB", "Europe/London"),
          Map.entry("GR", "Europe/Athens"),
          Map.entry("HK", "Asia/Hong_Kong"),
          Map.entry("HR", "Europe/Zagreb"),
          Map.entry("HU", "Europe/Budapest"),
          Map.entry("ID", "Asia/Jakarta"),
          Map.entry("IE", "Europe/Dublin"),
          Map.entry("IL", "Asia/Jerusalem"),
          Map.entry("IN", "Asia/Kolkata"),
          Map.entry("IS", "Atlantic/Reykjavik"),
          Map.entry("IT", "Europe/Rome"),
          Map.entry("JP", "Asia/Tokyo"),
          Map.entry("KR", "Asia/Seoul"),
          Map.entry("LT", "Europe/Vilnius"),
          Map.entry("LU", "Europe/Luxembourg"),
          Map.entry("LV", "Europe/Riga"),
          Map.entry("MO", "Asia/Macau"),
          Map.entry("MT", "Europe/Malta"),
          Map.entry("MX", "America/Mexico_City"),
          Map.entry("MY", "Asia/Kuala_Lumpur"),
          Map.entry("NL", "Europe/Amsterdam"),
          Map.entry("NO", "Europe/Oslo"),
          Map.entry("NZ", "Pacific/Auckland"),
          Map.entry("PH", "Asia/Manila"),
          Map.entry("PL", "Europe/Warsaw"),
          Map.entry("PT", "Europe/Lisbon"),
          Map.entry("RO", "Europe/Bucharest"),
          Map.entry("SA", "Asia/Riyadh"),
          Map.entry("SE", "Europe/Stockholm"),
          Map.entry("SG", "Asia/Singapore"),
          Map.entry("SI", "Europe/Ljubljana"),
          Map.entry("SK", "Europe/Bratislava"),
          Map.entry("TH", "Asia/Bangkok"),
          Map.entry("TR", "Europe/Istanbul"),
          Map.entry("TW", "Asia/Taipei"),
          Map.entry("UA", "Europe/Kyiv"),
          Map.entry("US", "America/New_York"),
          Map.entry("VN", "Asia/Ho_Chi_Minh"),
          Map.entry("ZA", "Africa/Johannesburg"));

  private StoreZones() {}

  /** The zone of a store in this country (ISO 3166 alpha-2, any case); UTC when unknown. */
  public static ZoneId of(String country) {
    String zone = country == null ? null : ZONES.get(country.toUpperCase(java.util.Locale.ROOT));
    return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
  }
}
