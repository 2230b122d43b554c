package org.returnport.parcels.boundary;

import java.time.Instant;
import java.util.List;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.parcels.entity.ParcelState;

/**
 * A return's parcel as pages show it: the carrier (code and name), the tracking number once booked,
 * where it stands, and its scans in the carrier's order with the carrier's own words.
 */
public record ParcelView(
    String rma,
    String carrier,
    String carrierName,
    ParcelState state,
    String trackingNumber,
    ParcelStage stage,
    Instant stageAt,
    int delayDays,
    boolean hasLabel,
    List<Scan> scans) {

  public ParcelView {
    scans = List.copyOf(scans);
  }

  /** One scan: our stage, the carrier's time, place, words and code, and any delay it reports. */
  public record Scan(
      ParcelStage stage,
      Instant at,
      String location,
      String carrierWords,
      String carrierCode,
      int delayDays,
      DelayCause delayCause) {}
}
