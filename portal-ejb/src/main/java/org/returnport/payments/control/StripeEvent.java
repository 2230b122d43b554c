package org.returnport.payments.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayNotice.Subject;

/**
 * A Stripe webhook event ({@code {"id":"evt_…","type":…,"data":{"object":{…}}}}) and what it tells
 * us: a refund's new state, a Checkout payment made, or a manual-capture hold placed, captured or
 * let go. Other events (Stripe sends many) tell us nothing.
 */
public record StripeEvent(String id, String type, JsonObject object) {

  /** States of a PAYMENT notice. */
  public static final String PAID = "PAID";

  public static final String UNPAID = "UNPAID";

  /** States of a HOLD notice. */
  public static final String HELD = "HELD";

  public static final String CAPTURED = "CAPTURED";
  public static final String RELEASED = "RELEASED";

  /** The body is no Stripe event. */
  public static class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  public static StripeEvent parse(byte[] body) throws Unreadable {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonObject event = reader.readObject();
      String id = event.getString("id", null);
      String type = event.getString("type", null);
      JsonObject data = event.getJsonObject("data");
      JsonObject object = data == null ? null : data.getJsonObject("object");
      if (id == null || id.isBlank() || id.length() > 255 || type == null || object == null) {
        throw new Unreadable("not a Stripe event: id, type or data.object missing");
      }
      return new StripeEvent(id, type, object);
    } catch (JsonException | ClassCastException e) {
      throw new Unreadable("not a Stripe event: " + e.getClass().getSimpleName());
    }
  }

  /** The notice this event gives, if it is one we act on. */
  public Optional<GatewayNotice> notice() {
    return switch (type) {
      case "refund.created", "refund.updated", "charge.refund.updated" ->
          Optional.of(
              notice(
                  Subject.REFUND,
                  StripeGateway.state(object.getString("status", "")).name(),
                  amount("amount")));
      case "checkout.session.completed" ->
          Optional.of(
              notice(
                  Subject.PAYMENT,
                  switch (object.getString("payment_status", "")) {
                    case "paid", "no_payment_required" -> PAID;
                    default -> UNPAID;
                  },
                  amount("amount_total")));
      case "payment_intent.amount_capturable_updated" -> manualCapture(HELD, "amount_capturable");
      case "payment_intent.succeeded" -> manualCapture(CAPTURED, "amount_received");
      case "payment_intent.canceled" -> manualCapture(RELEASED, "amount");
      default -> Optional.empty();
    };
  }

  private Optional<GatewayNotice> manualCapture(String state, String amountField) {
    return "manual".equals(object.getString("capture_method", ""))
        ? Optional.of(notice(Subject.HOLD, state, amount(amountField)))
        : Optional.empty();
  }

  private GatewayNotice notice(Subject subject, String state, Money amount) {
    return new GatewayNotice(
        StripeGateway.CODE,
        id,
        subject,
        object.getString("id", null),
        StripeGateway.metadata(object, StripeGateway.KEY_METADATA),
        state,
        amount);
  }

  private Money amount(String field) {
    JsonValue value = object.get(field);
    String currency = object.getString("currency", null);
    if (!(value instanceof JsonNumber number) || currency == null) {
      return null;
    }
    return MinorUnits.toMoney(number.longValueExact(), currency);
  }
}
