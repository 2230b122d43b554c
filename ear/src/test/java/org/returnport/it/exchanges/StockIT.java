package org.returnport.it.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.exchanges.ExchangeFixtures.created;
import static org.returnport.it.exchanges.ExchangeFixtures.exchange;
import static org.returnport.it.exchanges.ExchangeFixtures.kinds;
import static org.returnport.it.exchanges.ExchangeFixtures.putStock;
import static org.returnport.it.exchanges.ExchangeFixtures.stock;
import static org.returnport.it.exchanges.ExchangeFixtures.variant;
import static org.returnport.it.exchanges.ExchangeFixtures.view;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Stock on the deployed application: counted through the API, reserved when an exchange is
 * approved, given back when it is cancelled, never promised twice when shoppers race for the last
 * units, and the shopper's way out when the replacement ran out. None of it needs a payment gateway
 * (every replacement here costs what the tee did).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StockIT {

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Stock Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void stockIsCountedThroughTheApiAndBadCountsChangeNothing() {
    variant(store, "TEE-S", "30.00", 5);

    JsonObject counted = stock(store, "TEE-S");
    HttpResponse<String> negative = putStock(store, "TEE-S", "{\"onHand\": -1}");
    HttpResponse<String> unknown = putStock(store, "NO-SUCH-SKU", "{\"onHand\": 3}");
    HttpResponse<String> recount = putStock(store, "TEE-S", "{\"onHand\": 7}");
    variant(store, "TEE-S", "31.00", null);
    JsonObject afterDescribing = stock(store, "TEE-S");
    HttpResponse<String> untrack = putStock(store, "TEE-S", "{\"onHand\": null}");

    assertThat(counted.getInt("onHand")).isEqualTo(5);
    assertThat(counted.getInt("reserved")).isZero();
    assertThat(counted.getInt("available")).isEqualTo(5);
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("目录中没有 SKU 为 NO-SUCH-SKU 的商品");
    assertThat(recount.statusCode()).as(recount.body()).isEqualTo(200);
    assertThat(afterDescribing.getInt("onHand"))
        .as("describing a product again leaves its count alone")
        .isEqualTo(7);
    JsonObject untracked = StoreApi.json(untrack);
    assertThat(untracked.getBoolean("tracked")).isFalse();
    assertThat(!untracked.containsKey("available") || untracked.isNull("available")).isTrue();
  }

  @Test
  void approvalReservesTheReplacementAndCancellingReleasesIt() {
    variant(store, "TEE-M", "30.00", 3);
    String email = "reserve-" + System.nanoTime() + "@example.com";
    String number = "SR-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");

    String rma = created(exchange(store, number, email, "TEE-M"));
    JsonObject reserved = stock(store, "TEE-M");
    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(Mailbox.link(email, "Your return " + rma + " is approved"));
    WebSession.Page asked = shopper.submit(page, "cancel", Map.of(), "ask");
    shopper.submit(asked, "cancel", Map.of(), "yes");
    JsonObject released = stock(store, "TEE-M");

    assertThat(reserved.getInt("onHand")).isEqualTo(3);
    assertThat(reserved.getInt("reserved")).isEqualTo(1);
    assertThat(reserved.getInt("available")).isEqualTo(2);
    assertThat(page.document().getElementById("exchange-status").text()).contains("TEE-M × 1");
    assertThat(released.getInt("reserved")).isZero();
    assertThat(released.getInt("available")).isEqualTo(3);
    assertThat(kinds(view(store, rma)))
        .containsSubsequence("STOCK_RESERVED", "CANCELLED", "STOCK_RELEASED");
  }

  @Test
  void shoppersRacingForTheLastUnitsNeverGetMoreThanThereAre() throws Exception {
    variant(store, "TEE-RACE", "30.00", 2);
    int shoppers = 8;
    List<String[]> orders = new ArrayList<>();
    for (int i = 0; i < shoppers; i++) {
      String email = "race-" + i + "-" + System.nanoTime() + "@example.com";
      String number = "RC-" + i + "-" + System.nanoTime();
      order(store, number, email, "DE", 3, "30.00");
      orders.add(new String[] {number, email});
    }
    CyclicBarrier start = new CyclicBarrier(shoppers);
    ExecutorService pool = Executors.newFixedThreadPool(shoppers);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (String[] o : orders) {
        Callable<HttpResponse<String>> submit =
            () -> {
              start.await(30, TimeUnit.SECONDS);
              return exchange(store, o[0], o[1], "TEE-RACE");
            };
        answers.add(pool.submit(submit));
      }
      int reservedReturns = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        if (response.statusCode() == 422) {
          // Submitted once the last units were promised: the variant is no longer offered.
          assertThat(response.body()).contains("not in stock");
          continue;
        }
        // Accepted: reserved if it was approved while units were left; otherwise it waits for a
        // person (under review) or was told the replacement ran out.
        if (kinds(view(store, created(response))).contains("STOCK_RESERVED")) {
          reservedReturns++;
        }
      }
      JsonObject after = stock(store, "TEE-RACE");

      assertThat(reservedReturns).isEqualTo(2);
      assertThat(after.getInt("reserved")).isEqualTo(2);
      assertThat(after.getInt("available")).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aShopperWhoseReplacementRanOutIsOfferedOtherVariantsCreditOrARefund() {
    variant(store, "TEE-GONE", "30.00", 0);
    variant(store, "TEE-XS", "30.00", 4);
    String email = "gone-" + System.nanoTime() + "@example.com";
    String number = "SG-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");
    WebSession shopper = new WebSession();
    WebSession.Page choose =
        shopper.submit(
            shopper.get("/s/" + store.merchant().slug() + "/returns"),
            "find",
            Map.of("orderNumber", number, "email", email),
            "go");

    assertThat(choose.document().select("option[value=TEE-GONE]"))
        .as("a variant out of stock is not offered before submitting")
        .isEmpty();
    assertThat(choose.document().select("option[value=TEE-XS]")).isNotEmpty();

    // Stock runs out between the request (a dear order, which a person reviews) and the approval.
    variant(store, "TEE-LAST", "300.00", 1);
    String other = "SG2-" + System.nanoTime();
    String otherEmail = "gone2-" + System.nanoTime() + "@example.com";
    order(store, other, otherEmail, "DE", 3, "300.00");
    String late = created(exchange(store, other, otherEmail, "TEE-LAST"));
    assertThat(view(store, late).getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(putStock(store, "TEE-LAST", "{\"onHand\": 0}").statusCode()).isEqualTo(200);
    HttpResponse<String> approved = store.post("/api/v1/returns/" + late + "/approve", "");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

    WebSession second = new WebSession();
    WebSession.Page status =
        second.get(Mailbox.link(otherEmail, "Your return " + late + " is approved"));
    assertThat(status.document().getElementById("exchange-choice").text())
        .contains("TEE-LAST ran out of stock");
    assertThat(status.document().select("#exchange-choice option[value=TEE-XS]")).isNotEmpty();
    WebSession.Page refunded = second.submit(status, "exchange-choice", Map.of(), "takeRefund");

    JsonObject now = view(store, late);
    assertThat(refunded.document().getElementById("messages").text())
        .contains("Your choice is saved.");
    assertThat(now.getString("resolution")).isEqualTo("REFUND");
    assertThat(now.getJsonObject("refund").getString("amount")).startsWith("300.00");
    assertThat(kinds(now)).containsSubsequence("APPROVED", "STOCK_RELEASED", "STOCK_RELEASED");
    assertThat(stock(store, "TEE-LAST").getInt("reserved")).isZero();
  }
}
