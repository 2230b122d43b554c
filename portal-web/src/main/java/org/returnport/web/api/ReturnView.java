package org.returnport.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnCase;

/** A return as the API shows it: amounts with their currency, lines and the timeline. */
public record ReturnView(
    String rma,
    String orderNumber,
    String email,
    String country,
    String status,
    String waitingOn,
    String resolution,
    int policyVersion,
    List<String> reviewReasons,
    Money itemsValue,
    Money shippingFee,
    Money restockingFee,
    Money refund,
    Money bonus,
    boolean keepItems,
    String hub,
    Instant shipBy,
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
        r.getStatus().name(),
        r.getWaitingOn().name(),
        r.getResolution().name(),
        r.getPolicyVersion(),
        r.getReviewReasons(),
        r.getItemsValue(),
        r.getShippingFee(),
        r.getRestockingFee(),
        r.getRefund(),
        r.getBonus(),
        r.isKeepItems(),
        r.getHubName(),
        r.getShipBy(),
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
            .map(e -> new Event(e.getAt(), e.getKind().name(), e.getActor(), e.getText()))
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

  /** One entry of the timeline. */
  @Schema(name = "ReturnEvent")
  public record Event(Instant at, String kind, String actor, String text) {}
}
