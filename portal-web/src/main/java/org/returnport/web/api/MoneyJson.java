package org.returnport.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.returnport.money.Money;

/**
 * Money as the API writes and reads it: {@code {"amount": "43.05", "currency": "EUR"}}. The amount
 * is a decimal string, so that no client ever parses it into a floating-point number; it shows the
 * currency's usual decimals (two for EUR, none for JPY) and more only when the stored amount has
 * them, so nothing is ever rounded away.
 */
final class MoneyJson {

  /** What {@code DECIMAL(19,4)} holds: 15 digits before the point, 4 after. */
  static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,4})?");

  private MoneyJson() {}

  static String amount(Money money) {
    return money.decimalString();
  }

  static Money read(JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      throw new InvalidMoneyException("api.money.shape", String.valueOf(value));
    }
    JsonValue amount = object.get("amount");
    JsonValue currency = object.get("currency");
    if (!(amount instanceof JsonString amountText)
        || !AMOUNT.matcher(amountText.getString()).matches()) {
      throw new InvalidMoneyException("api.money.amount", String.valueOf(amount));
    }
    if (!(currency instanceof JsonString code) || !Money.isCurrency(code.getString())) {
      throw new InvalidMoneyException("api.money.currency", String.valueOf(currency));
    }
    return new Money(new BigDecimal(amountText.getString()), code.getString());
  }

  /** Writes the two fields and nothing else: none of {@link Money}'s own methods leak out. */
  static final class Writer implements JsonbSerializer<Money> {
    @Override
    public void serialize(Money money, JsonGenerator json, SerializationContext context) {
      json.writeStartObject()
          .write("amount", amount(money))
          .write("currency", money.currency())
          .writeEnd();
    }
  }

  static final class Reader implements JsonbDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser json, DeserializationContext context, Type type) {
      return read(json.getValue());
    }
  }

  /**
   * An amount that is not money in the API's form; it reaches {@link ProblemMappers.Unreadable}
   * inside the JSON-B and JAX-RS exceptions that wrap it.
   */
  static final class InvalidMoneyException extends RuntimeException {

    private final String messageKey;
    private final String value;

    InvalidMoneyException(String messageKey, String value) {
      super(messageKey + ": " + value);
      this.messageKey = messageKey;
      this.value = value;
    }

    String messageKey() {
      return messageKey;
    }

    String value() {
      return value;
    }
  }
}
