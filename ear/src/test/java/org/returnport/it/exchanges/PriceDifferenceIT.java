package org.returnport.it.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.exchanges.ExchangeFixtures.created;
import static org.returnport.it.exchanges.ExchangeFixtures.exchange;
import static org.returnport.it.exchanges.ExchangeFixtures.kinds;
import static org.returnport.it.exchanges.ExchangeFixtures.stock;
import static org.returnport.it.exchanges.ExchangeFixtures.variant;
import static org.returnport.it.exchanges.ExchangeFixtures.view;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Price differences and instant exchanges through the store's default gateway (the sandbox): a
 * dearer replacement asks the shopper to pay through a link (page and e-mail) before it ships; an
 * instant exchange holds the replacement's value on the shopper's payment at approval.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PriceDifferenceIT {

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Difference Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void aDearerReplacementIsPaidThroughALinkOnThePageAndInTheMail() {
    variant(store, "TEE-GOLD", "42.50", 5);
    String email = "dearer-" + System.nanoTime() + "@example.com";
    String number = "PD-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");

    String rma = created(exchange(store, number, email, "TEE-GOLD"));
    JsonObject stored = view(store, rma);
    String mail = Mailbox.text(email, "Your exchange " + rma + ": please pay the price difference");
    WebSession.Page page =
        new WebSession().get(Mailbox.link(email, "Your return " + rma + " is approved"));

    assertThat(kinds(stored)).containsSubsequence("STOCK_RESERVED", "PAYMENT_REQUESTED");
    List<JsonObject> events = stored.getJsonArray("events").getValuesAs(JsonObject.class);
    String requested =
        events.stream()
            .filter(e -> e.getString("kind").equals("PAYMENT_REQUESTED"))
            .findFirst()
            .orElseThrow()
            .getString("text");
    assertThat(requested).startsWith("12.50").contains("EUR").contains("http");
    assertThat(mail).contains("€12.50");
    assertThat(page.document().getElementById("exchange-pay").text()).contains("€12.50");
    assertThat(page.document().getElementById("exchange-pay-link").attr("href")).startsWith("http");
    assertThat(stock(store, "TEE-GOLD").getInt("reserved")).isEqualTo(1);
  }

  @Test
  void aCheaperReplacementPromisesTheRestAsARefund() {
    variant(store, "TEE-PLAIN", "24.00", 5);
    String email = "cheaper-" + System.nanoTime() + "@example.com";
    String number = "PC-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");

    String rma = created(exchange(store, number, email, "TEE-PLAIN"));
    WebSession.Page page =
        new WebSession().get(Mailbox.link(email, "Your return " + rma + " is approved"));

    assertThat(page.document().getElementById("exchange-rest").text()).contains("€6.00");
    assertThat(kinds(view(store, rma))).doesNotContain("PAYMENT_REQUESTED");
  }
}
