package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException.Kind;
import org.returnport.payments.control.PaymentGateway.ChargeOrder;
import org.returnport.payments.control.PaymentGateway.GatewayHold;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateway.PaymentLink;
import org.returnport.payments.control.PaymentGateway.RefundOrder;
import org.returnport.payments.control.PaymentGateway.RefundState;
import org.returnport.payments.control.StripeStub.Behaviour;
import org.returnport.payments.control.StripeStub.Received;

/** {@link StripeGateway} against a local stub of Stripe's documented HTTP API. */
class StripeGatewayTest {

  static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
  static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

  StripeStub stripe;
  StripeGateway cut;

  @BeforeEach
  void aStoreWithTwoPaymentsAtStripe() throws IOException {
    stripe = StripeStub.start(0, KEY);
    stripe.payment("pi_eur", 10_000, "eur");
    stripe.payment("pi_jpy", 12_000, "jpy");
    cut = gateway(stripe.baseUrl(), KEY);
  }

  @AfterEach
  void stop() {
    stripe.close();
  }

  static StripeGateway gateway(URI base, String key) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    return new StripeGateway(
        key, base, http, READ_TIMEOUT, URI.create("https://shop.example/s/demo/"));
  }

  static RefundOrder refund(String key, String reference, String amount, String currency) {
    return new RefundOrder(key, reference, Money.of(amount, currency), "RMA-1 inspected");
  }

  @Test
  void aRefundIsSentInMinorUnitsWithOurKeyAndComesBackSucceeded() throws Exception {
    GatewayRefund refund = cut.refund(refund("RMA1-R1", "pi_eur", "43.05", "EUR"));

    assertThat(refund.state()).isEqualTo(RefundState.SUCCEEDED);
    assertThat(refund.amount()).isEqualTo(Money.of("43.05", "EUR"));
    assertThat(refund.id()).startsWith("re_");
    Received sent = stripe.received().get(0);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/refunds");
    assertThat(sent.idempotencyKey()).isEqualTo("RMA1-R1");
    assertThat(sent.form())
        .containsEntry("payment_intent", "pi_eur")
        .containsEntry("amount", "4305")
        .containsEntry("metadata[returnport_key]", "RMA1-R1");
  }

  @Test
  void yenHaveNoFraction() throws Exception {
    GatewayRefund refund = cut.refund(refund("RMA2-R1", "pi_jpy", "1200", "JPY"));

    assertThat(stripe.received().get(0).form()).containsEntry("amount", "1200");
    assertThat(refund.amount()).isEqualTo(Money.of("1200", "JPY"));
  }

  @Test
  void sendingTheSameRefundAgainGivesTheSameRefundAndMovesNoMoreMoney() throws Exception {
    GatewayRefund first = cut.refund(refund("RMA3-R1", "pi_eur", "20.00", "EUR"));
    GatewayRefund again = cut.refund(refund("RMA3-R1", "pi_eur", "20.00", "EUR"));

    assertThat(again).isEqualTo(first);
    assertThat(stripe.refunds()).hasSize(1);
  }

  @Test
  void theSameKeyForAnotherAmountIsRejected() throws Exception {
    cut.refund(refund("RMA4-R1", "pi_eur", "20.00", "EUR"));

    assertThatThrownBy(() -> cut.refund(refund("RMA4-R1", "pi_eur", "25.00", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("idempotency_error");
    assertThat(stripe.refunds()).hasSize(1);
  }

  @Test
  void aDeclinedRefundIsAFailedRefundNotAnError() throws Exception {
    stripe.behave(Behaviour.DECLINE);

    GatewayRefund refund = cut.refund(refund("RMA5-R1", "pi_eur", "10.00", "EUR"));

    assertThat(refund.state()).isEqualTo(RefundState.FAILED);
    assertThat(refund.failureCode()).isEqualTo("declined");
  }

  @Test
  void aTimeOutLeavesTheOutcomeUnknownAndFindRefundTellsWhatHappened() throws Exception {
    RefundOrder order = refund("RMA6-R1", "pi_eur", "30.00", "EUR");
    assertThat(cut.findRefund(order)).isEmpty();
    stripe.behave(Behaviour.SLOW);

    assertThatThrownBy(() -> cut.refund(order))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));

    stripe.behave(Behaviour.NORMAL);
    GatewayRefund found = cut.findRefund(order).orElseThrow();
    assertThat(found.state()).isEqualTo(RefundState.SUCCEEDED);
    assertThat(found.amount()).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(cut.refund(order).id()).as("a retry with the key").isEqualTo(found.id());
    assertThat(stripe.refunds()).hasSize(1);
  }

  @Test
  void findRefundMatchesOurKeyAmongThePaymentsOtherRefunds() throws Exception {
    for (int i = 1; i <= 120; i++) {
      cut.refund(refund("RMA7-R" + i, "pi_eur", "0.50", "EUR"));
    }

    GatewayRefund oldest = cut.findRefund(refund("RMA7-R1", "pi_eur", "0.50", "EUR")).orElseThrow();

    assertThat(oldest.id()).isEqualTo(stripe.refunds().get(0).get("id"));
    assertThat(cut.findRefund(refund("RMA7-R999", "pi_eur", "0.50", "EUR"))).isEmpty();
  }

  @Test
  void aServerErrorLeavesTheOutcomeUnknown() {
    stripe.behave(Behaviour.FAIL);

    assertThatThrownBy(() -> cut.refund(refund("RMA8-R1", "pi_eur", "10.00", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));
  }

  @Test
  void aGatewayThatCannotBeReachedGotNothing() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    StripeGateway unreachable = gateway(URI.create("http://127.0.0.1:" + closedPort), KEY);

    assertThatThrownBy(() -> unreachable.refund(refund("RMA9-R1", "pi_eur", "10.00", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_SENT));
  }

  @Test
  void refusalsByStripeAreRejected() {
    assertThatThrownBy(() -> cut.refund(refund("RMA10-R1", "pi_unknown", "10.00", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("resource_missing");
    assertThatThrownBy(() -> cut.refund(refund("RMA10-R2", "pi_eur", "100.01", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("amount_too_large");
    StripeGateway wrongKey = gateway(stripe.baseUrl(), "sk_test_not_the_key");
    assertThatThrownBy(() -> wrongKey.refund(refund("RMA10-R3", "pi_eur", "1.00", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageNotContaining("sk_test");
    assertThat(stripe.refunds()).isEmpty();
  }

  @Test
  void anAmountFinerThanACentIsNeverSent() {
    assertThatThrownBy(() -> cut.refund(refund("RMA11-R1", "pi_eur", "1.005", "EUR")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
    assertThat(stripe.received()).isEmpty();
  }

  @Test
  void aPaymentLinkIsACheckoutSessionForTheAmount() throws Exception {
    PaymentLink link =
        cut.paymentLink(
            new ChargeOrder("RMA12-P1", "pi_eur", Money.of("15.90", "EUR"), "Exchange RMA12"));

    assertThat(link.id()).startsWith("cs_test_");
    assertThat(link.url().toString()).startsWith("https://checkout.stripe.com/");
    assertThat(stripe.received().get(0).form())
        .containsEntry("mode", "payment")
        .containsEntry("line_items[0][price_data][currency]", "eur")
        .containsEntry("line_items[0][price_data][unit_amount]", "1590")
        .containsEntry("metadata[returnport_key]", "RMA12-P1");
    assertThat(stripe.received().get(0).idempotencyKey()).isEqualTo("RMA12-P1");
  }

  @Test
  void aHoldIsAManualCaptureIntentOnTheOrdersCardThatCanBeCapturedOrReleased() throws Exception {
    GatewayHold hold =
        cut.authorize(new ChargeOrder("RMA13-H1", "pi_eur", Money.of("80.00", "EUR"), "Exchange"));

    assertThat(hold.amount()).isEqualTo(Money.of("80.00", "EUR"));
    assertThat(stripe.intent(hold.id()))
        .containsEntry("status", "requires_capture")
        .containsEntry("payment_method", "pm_card_pi_eur")
        .containsEntry("customer", "cus_pi_eur");
    cut.release(hold, "RMA13-H1-release");
    cut.release(hold, "RMA13-H1-release-again");
    assertThat(stripe.intent(hold.id())).containsEntry("status", "canceled");

    GatewayHold second =
        cut.authorize(new ChargeOrder("RMA13-H2", "pi_eur", Money.of("80.00", "EUR"), "Exchange"));
    cut.capture(second, "RMA13-H2-capture");
    assertThat(stripe.intent(second.id()))
        .containsEntry("status", "succeeded")
        .containsEntry("amount_received", 8000L);
  }

  @Test
  void aDeclinedHoldIsRejected() {
    stripe.behave(Behaviour.DECLINE);

    assertThatThrownBy(
            () ->
                cut.authorize(
                    new ChargeOrder("RMA14-H1", "pi_eur", Money.of("80.00", "EUR"), "Exchange")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("card_declined");
  }
}
