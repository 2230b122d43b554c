package org.returnport.returns.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.returnport.events.DelayCause;
import org.returnport.returns.entity.IncidentRecord;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;

/**
 * When a shopper who has yet to send a parcel is reminded, and when the return expires. The
 * reminder goes two days before the send-by date: early enough to find a drop-off point, late
 * enough to be remembered. A return expires once its send-by date has passed, unless an incident
 * that concerns it is on: then it waits until the incident is over.
 */
public final class DeadlineRules {

  /** How long before the send-by date the shopper is reminded. */
  public static final Duration REMINDER_LEAD = Duration.ofDays(2);

  private DeadlineRules() {}

  /**
   * By how many days a carrier's delay moves a return's deadlines: none when the carrier reports
   * none, when it is the shopper's own doing, or once the deadlines no longer matter; at most the
   * longest extension a return can get.
   */
  public static int delayExtension(int delayDays, DelayCause cause, ReturnStatus status) {
    if (delayDays <= 0 || cause == null || cause.shopperFault() || !status.deadlinesOpen()) {
      return 0;
    }
    return Math.min(delayDays, ReturnCase.MAX_EXTENSION_DAYS);
  }

  public static boolean reminderDue(ReturnCase r, Instant now) {
    return reminderDue(r.getStatus(), r.isKeepItems(), r.getShipBy(), r.getRemindedFor(), now);
  }

  /** Within the lead before the send-by date, and not yet reminded of this very date. */
  public static boolean reminderDue(
      ReturnStatus status, boolean keepItems, Instant shipBy, Instant remindedFor, Instant now) {
    return status.awaitingParcel()
        && !keepItems
        && shipBy != null
        && !now.isBefore(shipBy.minus(REMINDER_LEAD))
        && now.isBefore(shipBy)
        && !shipBy.equals(remindedFor);
  }

  public static boolean expiryDue(
      ReturnCase r, Collection<? extends IncidentRecord> incidents, Instant now) {
    return expiryDue(r.getStatus(), r.isKeepItems(), r.getShipBy(), now)
        && !pausedBy(r, incidents, now);
  }

  /** Past the send-by date with nothing sent; whether an incident pauses it is asked apart. */
  public static boolean expiryDue(
      ReturnStatus status, boolean keepItems, Instant shipBy, Instant now) {
    return status.awaitingParcel() && !keepItems && shipBy != null && !now.isBefore(shipBy);
  }

  /** Whether an incident that is on now concerns the return, so that it may not expire yet. */
  public static boolean pausedBy(
      ReturnCase r, Collection<? extends IncidentRecord> incidents, Instant now) {
    return incidents.stream()
        .anyMatch(
            incident ->
                incident.activeAt(now) && incident.affects(r.getShipCountry(), r.getHubCarrier()));
  }
}
