package org.returnport.eventlog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.returnport.events.DomainEvent;
import org.returnport.money.Money;

/**
 * Writes an event's own fields as a JSON object, for the log and, later, for webhooks. The store,
 * the id and the time are columns of their own and left out. Only plain facts are taken (text,
 * numbers, yes/no, enum names, ids, instants, amounts of money, and lists of these): a field of any
 * other type is refused, so that a value object carrying personal data cannot slip into the
 * append-only log by being added to an event.
 */
public final class EventPayload {

  private static final Set<String> ENVELOPE = Set.of("tenant", "eventId", "occurredAt");

  private EventPayload() {}

  public static String of(DomainEvent event) {
    Class<?> type = event.getClass();
    if (!type.isRecord()) {
      throw new IllegalArgumentException("domain events are records: " + type.getName());
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (RecordComponent field : type.getRecordComponents()) {
      if (!ENVELOPE.contains(field.getName())) {
        add(json, field.getName(), value(event, field), type);
      }
    }
    return json.build().toString();
  }

  private static Object value(DomainEvent event, RecordComponent field) {
    try {
      return field.getAccessor().invoke(event);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + field.getName() + " of " + event, e);
    }
  }

  private static void add(JsonObjectBuilder json, String name, Object value, Class<?> event) {
    if (value == null) {
      json.addNull(name);
    } else if (value instanceof String text) {
      json.add(name, text);
    } else if (value instanceof Boolean flag) {
      json.add(name, flag);
    } else if (value instanceof Long || value instanceof Integer) {
      json.add(name, ((Number) value).longValue());
    } else if (value instanceof Enum<?> constant) {
      json.add(name, constant.name());
    } else if (value instanceof UUID || value instanceof Instant) {
      json.add(name, value.toString());
    } else if (value instanceof Money money) {
      // As the API writes money: the amount a decimal string, so that no reader rounds it.
      json.add(
          name,
          Json.createObjectBuilder()
              .add("amount", money.decimalString())
              .add("currency", money.currency()));
    } else if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (Object item : list) {
        JsonObjectBuilder one = Json.createObjectBuilder();
        add(one, name, item, event);
        array.add(one.build().get(name));
      }
      json.add(name, array);
    } else {
      throw new IllegalArgumentException(
          event.getSimpleName()
              + "."
              + name
              + " is a "
              + value.getClass().getName()
              + ": events carry plain facts only");
    }
  }
}
