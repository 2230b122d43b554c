package org.returnport.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;
import org.returnport.policy.entity.LocalizedText;

/**
 * An incident as declared: which returns it concerns (shipped from the countries, all when none are
 * named, and with the carrier, any when none is named), why, for which period and by how many days.
 * Ending it early shortens the period; nothing else changes once declared.
 */
@MappedSuperclass
public abstract class IncidentRecord {

  @Column(
      name = "COUNTRIES",
      nullable = false,
      updatable = false,
      length = IncidentTerms.COUNTRIES_MAX)
  private String countries;

  @Column(name = "CARRIER", updatable = false, length = IncidentTerms.CARRIER_MAX)
  private String carrier;

  @Enumerated(EnumType.STRING)
  @Column(name = "CAUSE", nullable = false, updatable = false, length = 20)
  private DelayCause cause;

  @Column(
      name = "REASON_EN",
      nullable = false,
      updatable = false,
      length = IncidentTerms.REASON_MAX)
  private String reasonEn;

  @Column(name = "REASON_ZH", updatable = false, length = IncidentTerms.REASON_MAX)
  private String reasonZh;

  @Column(name = "STARTS_AT", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ENDS_AT", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "EXTENSION_DAYS", nullable = false, updatable = false)
  private int extensionDays;

  @Column(name = "DECLARED_BY", updatable = false, length = 254)
  private String declaredBy;

  @Column(name = "DECLARED_AT", nullable = false, updatable = false)
  private Instant declaredAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected IncidentRecord() {}

  protected IncidentRecord(IncidentTerms terms, String declaredBy, Instant now) {
    terms.checked(now);
    this.countries = String.join(",", terms.countryCodes());
    this.carrier = terms.carrierName();
    this.cause = terms.cause();
    this.reasonEn = terms.reasonEn().strip();
    this.reasonZh =
        terms.reasonZh() == null || terms.reasonZh().isBlank() ? null : terms.reasonZh().strip();
    this.startsAt = terms.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    this.endsAt = terms.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    this.extensionDays = terms.extensionDays();
    this.declaredBy = declaredBy;
    this.declaredAt = now;
  }

  /** Whether a return shipped from this country with this carrier is concerned. */
  public boolean affects(String shipCountry, String returnCarrier) {
    boolean region =
        countries.isEmpty()
            || shipCountry != null && getCountries().contains(shipCountry.toUpperCase(Locale.ROOT));
    boolean carried =
        carrier == null || returnCarrier != null && carrier.equalsIgnoreCase(returnCarrier.strip());
    return region && carried;
  }

  /** Whether the incident is on at this time: from its first day until its end or early end. */
  public boolean activeAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(until());
  }

  /** Whether the incident still is or will be on. */
  public boolean isOverAt(Instant now) {
    return !now.isBefore(until());
  }

  /** Where the incident stands at this time. */
  public State stateAt(Instant now) {
    if (isOverAt(now)) {
      return State.OVER;
    }
    return activeAt(now) ? State.ON : State.PLANNED;
  }

  /** The end of the period: the day after the last day, or the moment it was ended early. */
  public Instant until() {
    return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
  }

  /** Ends the incident now; one that is already over cannot end again. */
  public void end(Instant now) {
    if (isOverAt(now)) {
      throw new RejectedException(null, "returnport.incident.over");
    }
    this.endedAt = now.isBefore(startsAt) ? startsAt : now;
  }

  public List<String> getCountries() {
    return countries.isEmpty() ? List.of() : List.of(countries.split(","));
  }

  public String getCarrier() {
    return carrier;
  }

  public DelayCause getCause() {
    return cause;
  }

  /** The reason shoppers read, in their language (English when no Chinese was given). */
  public LocalizedText getReason() {
    return new LocalizedText(reasonEn, reasonZh);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  /** The last day of the period, as declared (UTC). */
  public LocalDate getLastDay() {
    return LocalDate.ofInstant(endsAt, ZoneOffset.UTC).minusDays(1);
  }

  public int getExtensionDays() {
    return extensionDays;
  }

  public String getDeclaredBy() {
    return declaredBy;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public long getVersion() {
    return version;
  }

  /** An incident is planned (its first day is still to come), on, or over. */
  public enum State {
    PLANNED,
    ON,
    OVER
  }
}
