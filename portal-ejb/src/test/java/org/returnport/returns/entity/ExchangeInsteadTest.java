package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.control.LineFacts;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.control.QuoteCalculator.OrderFacts;
import org.returnport.policy.control.ReturnChoice;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;

/** An exchange whose replacement ran out becomes store credit or a refund, priced consistently. */
class ExchangeInsteadTest {

  private static final Instant AT = ReturnCases.NOW;

  @ParameterizedTest(name = "{0} for a {1} EUR tee")
  @CsvSource({
    "REFUND,       60.00, 60.00, 0.00",
    "STORE_CREDIT, 60.00, 60.00, 6.00",
    "STORE_CREDIT, 34.50, 34.50, 3.45",
  })
  void becomesMoneyAtTheItemsValueLessTheExchangesFeesPlusTheBonus(
      Resolution to, String paid, String refund, String bonus) {
    ReturnCase cut = exchange(paid);

    cut.insteadOfExchange(to, BigDecimal.TEN, AT);

    assertThat(cut.getResolution()).isEqualTo(to);
    assertThat(cut.getRefund())
        .isEqualTo(cut.getItemsValue().minus(cut.getShippingFee()).minus(cut.getRestockingFee()))
        .isEqualTo(Money.of(refund, "EUR"));
    assertThat(cut.getBonus()).isEqualTo(Money.of(bonus, "EUR"));
    assertThat(cut.getLines()).allSatisfy(line -> assertThat(line.getExchangeSku()).isNull());
    assertThat(cut.getEvents())
        .last()
        .extracting(ReturnEvent::getKind)
        .isEqualTo(EventKind.STOCK_RELEASED);
    assertThat(cut.isKeepItems()).isFalse();
  }

  @Test
  void onlyStoreCreditOrARefundCanReplaceAnExchange() {
    ReturnCase cut = exchange("60.00");

    assertThatThrownBy(() -> cut.insteadOfExchange(Resolution.GIFT_CARD, BigDecimal.TEN, AT))
        .isInstanceOf(RejectedException.class);
    assertThat(cut.getResolution()).isEqualTo(Resolution.EXCHANGE);
  }

  @Test
  void switchesOnceAndNeverForAReturnThatIsNoExchange() {
    ReturnCase cut = exchange("60.00");
    cut.insteadOfExchange(Resolution.REFUND, BigDecimal.TEN, AT);

    assertThatThrownBy(() -> cut.insteadOfExchange(Resolution.STORE_CREDIT, BigDecimal.TEN, AT))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.exchange.closed");
    assertThat(cut.getResolution()).isEqualTo(Resolution.REFUND);
  }

  @Test
  void aCancelledExchangeNoLongerChanges() {
    ReturnCase cut = exchange("60.00");
    cut.cancel(AT);

    assertThatThrownBy(() -> cut.insteadOfExchange(Resolution.REFUND, BigDecimal.TEN, AT))
        .isInstanceOf(RejectedException.class);
    assertThatThrownBy(() -> cut.changeReplacement(1, "TEE-L"))
        .isInstanceOf(RejectedException.class);
  }

  @Test
  void anotherVariantReplacesTheOneThatRanOut() {
    ReturnCase cut = exchange("60.00");

    cut.changeReplacement(1, "TEE-L");

    assertThat(cut.getLines().get(0).getExchangeSku()).isEqualTo("TEE-L");
    assertThatThrownBy(() -> cut.changeReplacement(1, "TEE"))
        .as("the returned item itself is no replacement")
        .isInstanceOf(RejectedException.class);
    assertThatThrownBy(() -> cut.changeReplacement(2, "TEE-L"))
        .isInstanceOf(RejectedException.class);
  }

  private static ReturnCase exchange(String paid) {
    Money value = Money.of(paid, "EUR");
    LineFacts line = new LineFacts(1, "TEE", "apparel", false, value, 1, 0, AT);
    Quote quote =
        QuoteCalculator.quote(
            ReturnCases.RULES,
            new OrderFacts("DE", value),
            List.of(new ReturnChoice(line, 1, "too-small", "unused", 0, "TEE-M")),
            Resolution.EXCHANGE,
            0,
            AT);
    return new ReturnCase(
        RmaNumber.next(),
        UUID.randomUUID().toString(),
        new ReturnCase.Shopper(1L, "1001", "noah@example.com", "Noah", "DE", "en"),
        1,
        quote,
        Map.of(1, "Tee"),
        Map.of(),
        AT);
  }
}
