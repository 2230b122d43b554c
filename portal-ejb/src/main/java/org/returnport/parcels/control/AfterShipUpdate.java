package org.returnport.parcels.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.parcels.entity.CarrierScan;

/**
 * One tracking webhook of AfterShip, read from its JSON: the delivery's {@code event_id} and {@code
 * ts}, the tracking number, and every checkpoint (AfterShip sends all checkpoints so far with each
 * update) mapped to our stages. AfterShip's tags and subtags become stages, and its exception
 * subtags become delay causes; how late the parcel is comes from the tracking's expected delivery
 * against the date that was promised, when AfterShip has both.
 */
public record AfterShipUpdate(
    String eventId,
    Instant sentAt,
    String trackingNumber,
    String courier,
    List<CarrierScan> scans) {

  /** The body is not a tracking update AfterShip would send. */
  public static class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    public Unreadable(String why) {
      super(why);
    }
  }

  public static AfterShipUpdate parse(byte[] body) throws Unreadable {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new Unreadable("not a JSON object");
    }
    String eventId = text(root, "event_id").orElseThrow(() -> new Unreadable("no event_id"));
    if (eventId.length() > 64) {
      throw new Unreadable("event_id too long");
    }
    if (!(root.get("ts") instanceof JsonNumber ts)) {
      throw new Unreadable("no ts");
    }
    if (!(root.get("msg") instanceof JsonObject msg)) {
      throw new Unreadable("no msg");
    }
    String trackingNumber =
        text(msg, "tracking_number").orElseThrow(() -> new Unreadable("no msg.tracking_number"));
    int delayDays = delayDays(msg);
    List<CarrierScan> scans = new ArrayList<>();
    if (msg.get("checkpoints") instanceof JsonArray checkpoints) {
      for (JsonValue value : checkpoints) {
        if (!(value instanceof JsonObject checkpoint)) {
          throw new Unreadable("a checkpoint is not an object");
        }
        scan(checkpoint, delayDays).ifPresent(scans::add);
      }
    } else if (msg.containsKey("checkpoints") && msg.get("checkpoints") != JsonValue.NULL) {
      throw new Unreadable("msg.checkpoints is not a list");
    }
    return new AfterShipUpdate(
        eventId,
        Instant.ofEpochSecond(ts.longValue()),
        trackingNumber.strip(),
        text(msg, "slug").orElse(null),
        List.copyOf(scans));
  }

  private static Optional<CarrierScan> scan(JsonObject checkpoint, int delayDays)
      throws Unreadable {
    String tag = text(checkpoint, "tag").orElse("");
    String subtag = text(checkpoint, "subtag").orElse(null);
    String message =
        text(checkpoint, "message").or(() -> text(checkpoint, "subtag_message")).orElse(tag);
    Optional<ParcelStage> stage = stageOf(tag, subtag, message);
    if (stage.isEmpty()) {
      return Optional.empty();
    }
    Instant at =
        text(checkpoint, "checkpoint_time")
            .or(() -> text(checkpoint, "created_at"))
            .map(AfterShipUpdate::instant)
            .orElseThrow(() -> new Unreadable("a checkpoint has no checkpoint_time"));
    if (at == null) {
      throw new Unreadable("a checkpoint_time is not a time");
    }
    DelayCause cause = stage.get() == ParcelStage.DELAYED ? causeOf(subtag, message) : null;
    return Optional.of(
        new CarrierScan(
            subtag == null ? tag : subtag,
            stage.get(),
            at,
            location(checkpoint),
            message,
            cause == null ? 0 : delayDays,
            cause));
  }

  /**
   * Our stage for AfterShip's tag and subtag; empty for tags that say nothing about the parcel
   * (Expired: AfterShip stopped tracking).
   */
  public static Optional<ParcelStage> stageOf(String tag, String subtag, String message) {
    String words = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(
        switch (tag) {
          case "Pending", "InfoReceived" -> ParcelStage.LABEL_CREATED;
          case "InTransit" -> {
            if ("InTransit_002".equals(subtag)) {
              yield ParcelStage.PICKED_UP;
            }
            yield words.contains("customs") ? ParcelStage.CUSTOMS : ParcelStage.IN_TRANSIT;
          }
          case "OutForDelivery", "AvailableForPickup", "AttemptFail" ->
              ParcelStage.OUT_FOR_DELIVERY;
          case "Delivered" -> ParcelStage.DELIVERED;
          case "Exception" ->
              "Exception_013".equals(subtag) || words.contains("lost")
                  ? ParcelStage.LOST
                  : ParcelStage.DELAYED;
          default -> null;
        });
  }

  /** Why an exception holds the parcel; only what the sender (the shopper) must fix is theirs. */
  public static DelayCause causeOf(String subtag, String message) {
    String words = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (subtag == null) {
      return words.contains("customs") ? DelayCause.CUSTOMS : DelayCause.CARRIER;
    }
    return switch (subtag) {
      case "Exception_004" -> DelayCause.CUSTOMS;
      case "Exception_017" -> DelayCause.WEATHER;
      case "Exception_005" -> DelayCause.OTHER;
      // Held for payment (postage due) or documents missing: the sender has to act.
      case "Exception_006", "Exception_018" -> DelayCause.SHOPPER;
      default -> words.contains("customs") ? DelayCause.CUSTOMS : DelayCause.CARRIER;
    };
  }

  /** Whole days the expected delivery lies after the promised one (0 when either is unknown). */
  static int delayDays(JsonObject msg) {
    LocalDate expected = date(msg, "expected_delivery");
    LocalDate promised = date(msg, "order_promised_delivery_date");
    if (expected == null || promised == null || !expected.isAfter(promised)) {
      return 0;
    }
    return (int)
        Math.min(90, Duration.between(promised.atStartOfDay(), expected.atStartOfDay()).toDays());
  }

  private static LocalDate date(JsonObject msg, String name) {
    return text(msg, name)
        .map(
            text -> {
              try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
              } catch (DateTimeParseException e) {
                return null;
              }
            })
        .orElse(null);
  }

  /** AfterShip writes the carrier's local time, with its offset when the carrier gave one. */
  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static String location(JsonObject checkpoint) {
    Optional<String> location = text(checkpoint, "location");
    if (location.isPresent()) {
      return location.get();
    }
    List<String> parts = new ArrayList<>();
    text(checkpoint, "city").ifPresent(parts::add);
    text(checkpoint, "state").ifPresent(parts::add);
    text(checkpoint, "country_iso3")
        .or(() -> text(checkpoint, "country_name"))
        .ifPresent(parts::add);
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value && !value.getString().isBlank()
        ? Optional.of(value.getString())
        : Optional.empty();
  }
}
