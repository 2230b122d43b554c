package org.returnport.returns.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;
import org.returnport.policy.entity.Regions;

/**
 * What a merchant or the operator declares about an incident, as typed: the countries returns are
 * shipped from (ISO codes separated by commas or spaces; none for all) and/or the carrier, the
 * cause, the reason shoppers read (English, and Chinese when given), the days it lasts (the last
 * one included, in UTC) and how many days affected returns get. {@link #checked} refuses anything a
 * store could not act on, naming the input to fix.
 */
public record IncidentTerms(
    String countries,
    String carrier,
    DelayCause cause,
    String reasonEn,
    String reasonZh,
    LocalDate firstDay,
    LocalDate lastDay,
    Integer extensionDays) {

  public static final int REASON_MAX = 500;
  public static final int CARRIER_MAX = 60;
  public static final int COUNTRIES_MAX = 800;

  /** The terms, checked; the same record, for chaining. */
  public IncidentTerms checked(Instant now) {
    if (cause == null || cause.shopperFault()) {
      throw new RejectedException("cause", "returnport.incident.cause");
    }
    requireText("reasonEn", reasonEn, true);
    requireText("reasonZh", reasonZh, false);
    List<String> codes = countryCodes();
    if (codes.isEmpty() && carrierName() == null) {
      throw new RejectedException("countries", "returnport.incident.scope");
    }
    if (carrierName() != null && carrierName().length() > CARRIER_MAX) {
      throw new RejectedException("carrier", "returnport.text.tooLong", CARRIER_MAX);
    }
    if (firstDay == null || lastDay == null) {
      throw new RejectedException(
          firstDay == null ? "firstDay" : "lastDay", "returnport.incident.period");
    }
    if (lastDay.isBefore(firstDay)) {
      throw new RejectedException("lastDay", "returnport.incident.endBeforeStart");
    }
    if (lastDay.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      throw new RejectedException("lastDay", "returnport.incident.past");
    }
    if (extensionDays == null
        || extensionDays < 1
        || extensionDays > ReturnCase.MAX_EXTENSION_DAYS) {
      throw new RejectedException(
          "extensionDays", "returnport.return.extensionDays", ReturnCase.MAX_EXTENSION_DAYS);
    }
    return this;
  }

  /** The country codes named, upper-cased, each once; an unknown code is refused. */
  public List<String> countryCodes() {
    if (countries == null || countries.isBlank()) {
      return List.of();
    }
    if (countries.length() > COUNTRIES_MAX) {
      throw new RejectedException("countries", "returnport.text.tooLong", COUNTRIES_MAX);
    }
    List<String> codes = new ArrayList<>();
    for (String part : countries.strip().split("[,;\\s]+")) {
      String code = part.toUpperCase(Locale.ROOT);
      if (!Regions.isCountry(code)) {
        throw new RejectedException("countries", "returnport.incident.country", part);
      }
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  /** The carrier named, trimmed; null when none. */
  public String carrierName() {
    return carrier == null || carrier.isBlank() ? null : carrier.strip();
  }

  private static void requireText(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new RejectedException(field, "returnport.incident.reason");
      }
      return;
    }
    if (text.strip().length() > REASON_MAX) {
      throw new RejectedException(field, "returnport.text.tooLong", REASON_MAX);
    }
  }
}
