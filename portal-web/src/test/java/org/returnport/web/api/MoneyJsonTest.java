package org.returnport.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.ProductData;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.web.api.MoneyJson.InvalidMoneyException;

class MoneyJsonTest {

  @ParameterizedTest(name = "{0} {1} is written as \"{2}\"")
  @CsvSource({
    "43.05, EUR, 43.05",
    "43, EUR, 43.00",
    "0, EUR, 0.00",
    "-7.5, EUR, -7.50",
    "4305, JPY, 4305",
    "12.345, KWD, 12.345",
    "29.0525, EUR, 29.0525",
    "123456789012345.9999, USD, 123456789012345.9999"
  })
  void anAmountIsADecimalStringWithTheCurrencysUsualDecimals(
      String amount, String currency, String written) {
    String json = ApiJson.JSON.toJson(Money.of(amount, currency));

    assertThat(json)
        .isEqualTo("{\"amount\":\"" + written + "\",\"currency\":\"" + currency + "\"}");
  }

  @Test
  void moneyInsideAViewHasOnlyItsAmountAndCurrency() {
    ProductData product =
        new ProductData(
            "TEE-M",
            "Tee",
            null,
            "apparel",
            Money.of("29", "EUR"),
            180,
            null,
            null,
            null,
            false,
            null,
            null);

    String json = ApiJson.JSON.toJson(product);

    assertThat(json)
        .contains("\"price\":{\"amount\":\"29.00\",\"currency\":\"EUR\"}")
        .doesNotContain("negative")
        .doesNotContain("zero");
  }

  @Test
  void moneyIsReadBackFromTheSameForm() {
    Money money = ApiJson.JSON.fromJson("{\"amount\":\"43.05\",\"currency\":\"EUR\"}", Money.class);

    assertThat(money).isEqualTo(Money.of("43.05", "EUR"));
    assertThat(money.amount()).isEqualByComparingTo(new BigDecimal("43.05"));
  }

  @Test
  void moneyIsReadInsideTheApisInputs() {
    ProductsResource.ProductInput product =
        ApiJson.JSON.fromJson(
            """
            {"nameEn": "Tee", "category": "apparel",
             "price": {"amount": "9.90", "currency": "CNY"}}
            """,
            ProductsResource.ProductInput.class);
    OrdersResource.Line line =
        ApiJson.JSON.fromJson(
            """
            {"sku": "TEE-M", "name": "Tee", "quantity": 2,
             "unitPrice": {"amount": "1000", "currency": "JPY"},
             "tax": {"amount": "0", "currency": "JPY"},
             "discount": {"amount": "100", "currency": "JPY"}}
            """,
            OrdersResource.Line.class);

    assertThat(product.price()).isEqualTo(Money.of("9.90", "CNY"));
    assertThat(line.unitPrice()).isEqualTo(Money.of("1000", "JPY"));
    assertThat(line.discount()).isEqualTo(Money.of("100", "JPY"));
  }

  @Test
  void anOrderReadBackHasItsAmountsAsMoney() {
    OrdersResource.Line line =
        OrdersResource.Line.of(
            new OrderData.Line(
                "TEE-M", "Tee", 1, new BigDecimal("29"), new BigDecimal("5.51"), BigDecimal.ZERO),
            "EUR");

    assertThat(ApiJson.JSON.toJson(line))
        .contains("\"unitPrice\":{\"amount\":\"29.00\",\"currency\":\"EUR\"}")
        .contains("\"tax\":{\"amount\":\"5.51\",\"currency\":\"EUR\"}");
  }

  @Test
  void anAmountInAnotherCurrencyThanTheOrdersIsRefused() {
    OrdersResource.Line line =
        new OrdersResource.Line(
            "TEE-M", "Tee", 1, Money.of("29", "EUR"), Money.of("0", "USD"), Money.of("0", "EUR"));

    assertThatThrownBy(() -> line.toLine("EUR"))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("tax");
              assertThat(e.messageKey()).isEqualTo("api.money.otherCurrency");
            });
  }

  @ParameterizedTest(name = "{0} is refused with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"amount\": 43.05, \"currency\": \"EUR\"}        | api.money.amount",
        "{\"amount\": \"43,05\", \"currency\": \"EUR\"}    | api.money.amount",
        "{\"amount\": \"1e3\", \"currency\": \"EUR\"}      | api.money.amount",
        "{\"amount\": \"0.12345\", \"currency\": \"EUR\"}  | api.money.amount",
        "{\"amount\": \"\", \"currency\": \"EUR\"}         | api.money.amount",
        "{\"currency\": \"EUR\"}                           | api.money.amount",
        "{\"amount\": \"43.05\", \"currency\": \"EURO\"}   | api.money.currency",
        "{\"amount\": \"43.05\", \"currency\": \"XYZ\"}    | api.money.currency",
        "{\"amount\": \"43.05\"}                           | api.money.currency",
        "\"43.05\"                                         | api.money.shape"
      })
  void malformedMoneyIsRefusedWithTheReason(String json, String messageKey) {
    assertThatThrownBy(() -> ApiJson.JSON.fromJson("{\"price\": " + json + "}", Priced.class))
        .isInstanceOf(JsonbException.class)
        .satisfies(
            e ->
                assertThat(ProblemMappers.Unreadable.invalidMoney(e))
                    .get()
                    .extracting(InvalidMoneyException::messageKey)
                    .isEqualTo(messageKey));
  }

  /** A body with one amount. */
  public record Priced(Money price) {}
}
