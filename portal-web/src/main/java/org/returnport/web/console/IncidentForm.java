package org.returnport.web.console;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.returnport.events.DelayCause;
import org.returnport.returns.entity.IncidentTerms;

/** The incident form of the console and of the platform pages, as typed; the boundary checks it. */
public class IncidentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String countries;
  private String carrier;
  private DelayCause cause = DelayCause.STRIKE;
  private String reasonEn;
  private String reasonZh;
  private LocalDate firstDay = LocalDate.now(java.time.ZoneOffset.UTC);
  private LocalDate lastDay;
  private Integer extensionDays;

  public IncidentTerms terms() {
    return new IncidentTerms(
        countries, carrier, cause, reasonEn, reasonZh, firstDay, lastDay, extensionDays);
  }

  /** The causes a merchant may choose; a shopper's own delay is no incident. */
  public List<DelayCause> getCauses() {
    return Arrays.stream(DelayCause.values()).filter(c -> !c.shopperFault()).toList();
  }

  public String getCountries() {
    return countries;
  }

  public void setCountries(String countries) {
    this.countries = countries;
  }

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public DelayCause getCause() {
    return cause;
  }

  public void setCause(DelayCause cause) {
    this.cause = cause;
  }

  public String getReasonEn() {
    return reasonEn;
  }

  public void setReasonEn(String reasonEn) {
    this.reasonEn = reasonEn;
  }

  public String getReasonZh() {
    return reasonZh;
  }

  public void setReasonZh(String reasonZh) {
    this.reasonZh = reasonZh;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public void setExtensionDays(Integer extensionDays) {
    this.extensionDays = extensionDays;
  }
}
