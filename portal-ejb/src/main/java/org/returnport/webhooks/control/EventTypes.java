package org.returnport.webhooks.control;

import java.util.List;

/**
 * The event types an endpoint can ask for: the domain events of {@code org.returnport.events}
 * (EventTypesTest keeps this list and that package in step).
 */
public final class EventTypes {

  public static final List<String> ALL =
      List.of(
          "DeadlinesMoved",
          "IncidentDeclared",
          "LabelReady",
          "MemberJoined",
          "OrderRecorded",
          "ParcelScanned",
          "PayoutDone",
          "PayoutDue",
          "PointsEarned",
          "PointsRedeemed",
          "PostMarkedHelpful",
          "ReturnCancelled",
          "ReturnClosed",
          "ReturnDecided",
          "ReturnExpired",
          "ReturnInspected",
          "ReturnMessageSent",
          "ReturnReceived",
          "ReturnRequested",
          "ReturnSettled",
          "ReviewPublished",
          "ReviewWithdrawn",
          "TierChanged");

  private EventTypes() {}
}
