package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayNotice.Subject;

class StripeEventTest {

  static StripeEvent event(String type, String object) throws StripeEvent.Unreadable {
    return StripeEvent.parse(
        ("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\""
                + type
                + "\",\"data\":{\"object\":"
                + object
                + "}}")
            .getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} with status {1} is {2}")
  @CsvSource({
    "refund.created, pending, PENDING",
    "refund.updated, succeeded, SUCCEEDED",
    "refund.updated, requires_action, PENDING",
    "charge.refund.updated, failed, FAILED",
    "refund.updated, canceled, FAILED"
  })
  void refundEventsTellTheRefundsStateByOurKey(String type, String status, String state)
      throws Exception {
    GatewayNotice notice =
        event(
                type,
                "{\"id\":\"re_9\",\"object\":\"refund\",\"amount\":4305,\"currency\":\"eur\","
                    + "\"status\":\""
                    + status
                    + "\",\"metadata\":{\"returnport_key\":\"RMA1-R1\"}}")
            .notice()
            .orElseThrow();

    assertThat(notice)
        .isEqualTo(
            new GatewayNotice(
                "stripe",
                "evt_1",
                Subject.REFUND,
                "re_9",
                "RMA1-R1",
                state,
                Money.of("43.05", "EUR")));
  }

  @Test
  void aCompletedCheckoutIsAPayment() throws Exception {
    GatewayNotice notice =
        event(
                "checkout.session.completed",
                "{\"id\":\"cs_1\",\"amount_total\":1500,\"currency\":\"jpy\","
                    + "\"payment_status\":\"paid\",\"metadata\":{\"returnport_key\":\"RMA2-P1\"}}")
            .notice()
            .orElseThrow();

    assertThat(notice.subject()).isEqualTo(Subject.PAYMENT);
    assertThat(notice.state()).isEqualTo(StripeEvent.PAID);
    assertThat(notice.amount()).isEqualTo(Money.of("1500", "JPY"));
    assertThat(notice.idempotencyKey()).isEqualTo("RMA2-P1");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "payment_intent.amount_capturable_updated, HELD",
    "payment_intent.succeeded, CAPTURED",
    "payment_intent.canceled, RELEASED"
  })
  void manualCaptureIntentsAreHolds(String type, String state) throws Exception {
    String intent =
        "{\"id\":\"pi_1\",\"capture_method\":\"manual\",\"amount\":8000,\"amount_capturable\":8000,"
            + "\"amount_received\":8000,\"currency\":\"eur\",\"metadata\":{\"returnport_key\":\"H1\"}}";

    GatewayNotice notice = event(type, intent).notice().orElseThrow();

    assertThat(notice.subject()).isEqualTo(Subject.HOLD);
    assertThat(notice.state()).isEqualTo(state);
    assertThat(notice.amount()).isEqualTo(Money.of("80.00", "EUR"));
  }

  @Test
  void paymentsCapturedAtOnceAndOtherEventsTellNothing() throws Exception {
    assertThat(
            event(
                    "payment_intent.succeeded",
                    "{\"id\":\"pi_2\",\"capture_method\":\"automatic\",\"amount_received\":100,"
                        + "\"currency\":\"eur\"}")
                .notice())
        .isEmpty();
    assertThat(event("customer.created", "{\"id\":\"cus_1\"}").notice()).isEmpty();
  }

  @Test
  void aBodyThatIsNoEventIsUnreadable() {
    assertThatThrownBy(() -> StripeEvent.parse("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StripeEvent.Unreadable.class);
    assertThatThrownBy(() -> StripeEvent.parse("{\"id\":\"evt_1\"}".getBytes()))
        .isInstanceOf(StripeEvent.Unreadable.class);
    assertThatThrownBy(() -> StripeEvent.parse("[1,2]".getBytes()))
        .isInstanceOf(StripeEvent.Unreadable.class);
  }
}
