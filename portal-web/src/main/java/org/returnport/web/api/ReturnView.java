package org.returnport.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnport.events.ParcelStage;
import org.returnport.money.Money;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;

/**
 * A return as the API shows it: amounts with their currency, lines and the timeline. {@code shipBy}
 * is the day the parcel must be sent by and {@code refundBy} the day the refund is promised for;
 * both move later when the carrier or an incident delays the return. {@code tier} is the code of
 * the shopper's loyalty tier when the return was requested (absent: none); its benefits in the
 * policy version apply to the return.
 */
public record ReturnView(
    String rma,
    String orderNumber,
    String email,
    String country,
    ReturnStatus status,
    String waitingOn,
    String resolution,
    int policyVersion,
    String tier,
    List<String> reviewReasons,
    Money itemsValue,
    Money shippingFee,
    Money restockingFee,
    Money refund,
    Money bonus,
    boolean keepItems,
    String hub,
    Instant shipBy,
    Instant refundBy,
    Instant requestedAt,
    String rejection,
    List<Line> lines,
    List<Event> events) {

  static ReturnView of(ReturnCase r) {
    return new ReturnView(
        r.getRma(),
        r.getOrderNumber(),
        r.getEmail(),
        r.getShipCountry(),
        r.getStatus(),
        r.getWaitingOn().name(),
        r.getResolution().name(),
        r.getPolicyVersion(),
        r.getTierCode(),
        r.getReviewReasons(),
        r.getItemsValue(),
        r.getShippingFee(),
        r.getRestockingFee(),
        r.getRefund(),
        r.getBonus(),
        r.isKeepItems(),
        r.getHubName(),
        r.getShipBy(),
        r.getRefundBy(),
        r.getRequestedAt(),
        r.getRejection(),
        r.getLines().stream()
            .map(
                l ->
                    new Line(
                        l.getLineNo(),
                        l.getSku(),
                        l.getQuantity(),
                        l.getReason(),
                        l.getCondition(),
                        new Money(l.getValue(), r.getItemsValue().currency()),
                        new Money(l.getRestockingFee(), r.getItemsValue().currency()),
                        l.getExchangeSku()))
            .toList(),
        r.getEvents().stream()
            .map(
                e ->
                    new Event(
                        e.getAt(),
                        e.getKind(),
                        e.getActor(),
                        e.getText(),
                        e.getStage(),
                        e.getLocation()))
            .toList());
  }

  /** One returned order line. */
  @Schema(name = "ReturnLine")
  public record Line(
      int lineNo,
      String sku,
      int quantity,
      String reason,
      String condition,
      Money value,
      Money restockingFee,
      String exchangeSku) {}

  /**
   * One entry of the timeline. A carrier scan has its {@code stage} (the carrier's words, in {@code
   * text}, mapped to ours) and the {@code location} the carrier named; other entries have neither.
   */
  @Schema(name = "ReturnEvent")
  public record Event(
      Instant at, EventKind kind, String actor, String text, ParcelStage stage, String location) {}
}
