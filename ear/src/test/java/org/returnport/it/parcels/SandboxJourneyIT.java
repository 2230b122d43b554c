package org.returnport.it.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The whole journey of one parcel across the features, as the shopper, the merchant and the hub see
 * it: approval books the sandbox carrier, the status page and the console show the tracking number,
 * the parcel travels on the test clock and is held up by a strike, which moves the send-by and
 * refund dates by the days the carrier reports; the return follows to DELIVERED, the shopper is
 * mailed at each step, and the hub finds the parcel by the tracking number on its label.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SandboxJourneyIT {

  static StoreApi store;
  static WebSession merchant;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(List.of(SandboxClockDriver.class), List.of());
  }

  @BeforeAll
  static void aStoreWhoseHubUsesTheSandboxCarrier() {
    store = StoreApi.newStore("Sandbox Journey");
    ReturnsFixtures.publishPolicy(store, 0, "5.95", "sandbox");
    ReturnsFixtures.stock(store);
    merchant = new WebSession();
    merchant.signIn(store.merchant().email(), store.merchant().password());
  }

  @Test
  void aStrikeDelaysTheParcelMovesTheDeadlinesAndTheReturnFollowsItToTheHub() throws Exception {
    String email = "journey-" + System.nanoTime() + "@example.com";
    String number = "SJ-" + System.nanoTime();
    String order =
        ReturnsFixtures.orderJson(number, email, "FR", 3, "30.00")
            .replace(
                "12 rue de la Paix, 75002 Paris",
                "12 rue de la Paix (SANDBOX-DELAY-STRIKE), 75002 Paris");
    assertThat(store.post("/api/v1/orders", order).statusCode()).isEqualTo(201);
    HttpResponse<String> created =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(number, email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");
    JsonObject approved = returnOf(rma);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    Instant shipBy = Instant.parse(approved.getString("shipBy"));
    Instant refundBy = Instant.parse(approved.getString("refundBy"));

    String tracking =
        SandboxTime.waitFor(
                () -> returnOf(rma).getJsonArray("events").getValuesAs(JsonObject.class),
                events -> events.stream().anyMatch(e -> kind(e).equals("LABEL_READY")))
            .stream()
            .filter(e -> kind(e).equals("LABEL_READY"))
            .findFirst()
            .orElseThrow()
            .getString("text")
            .replaceAll(".*(SBX\\w+).*", "$1");
    assertThat(tracking).startsWith("SBX");
    assertThat(Mailbox.text(email, "Your return label for " + rma + " is ready"))
        .contains(tracking);
    WebSession shopper = new WebSession();
    WebSession.Page status =
        shopper.get(Mailbox.link(email, "Your return " + rma + " is approved"));
    assertThat(status.document().getElementById("trackingNumber").text()).isEqualTo(tracking);
    WebSession.Page console = merchant.get("/console/return.xhtml?rma=" + rma);
    assertThat(console.document().getElementById("trackingNumber").text()).isEqualTo(tracking);

    SandboxTime.advance(Duration.ofDays(20));
    JsonObject delivered =
        SandboxTime.waitFor(() -> returnOf(rma), r -> r.getString("status").equals("DELIVERED"));

    List<JsonObject> timeline = delivered.getJsonArray("events").getValuesAs(JsonObject.class);
    assertThat(timeline)
        .filteredOn(e -> kind(e).equals("SCANNED"))
        .extracting(e -> e.getString("stage"))
        .contains("PICKED_UP", "DELAYED");
    int delayDays = delayReported(rma);
    assertThat(delayDays).isBetween(1, 4);
    assertThat(Instant.parse(delivered.getString("shipBy")))
        .isEqualTo(shipBy.plus(Duration.ofDays(delayDays)));
    assertThat(Instant.parse(delivered.getString("refundBy")))
        .isEqualTo(refundBy.plus(Duration.ofDays(delayDays)));
    assertThat(timeline).filteredOn(e -> kind(e).equals("DEADLINES_MOVED")).hasSize(1);
    assertThat(Mailbox.text(email, "More time for your return " + rma)).contains("strike");
    assertThat(Mailbox.count(email, "Your return " + rma + " is on its way")).isEqualTo(1);
    assertThat(Mailbox.text(email, "Your return " + rma + " has arrived")).isNotBlank();

    WebSession.Page found =
        merchant.submit(
            merchant.get("/console/intake.xhtml"), "scan", Map.of("code", tracking), "find");
    assertThat(found.document().getElementById("rma").text()).isEqualTo(rma);
  }

  private static JsonObject returnOf(String rma) {
    HttpResponse<String> response = store.get("/api/v1/returns/" + rma);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static String kind(JsonObject event) {
    return event.getString("kind");
  }

  /** The days the carrier's delay scan reported, as the event log recorded it. */
  private static int delayReported(String rma) {
    HttpResponse<String> page = store.get("/api/v1/events?type=ParcelScanned&size=200");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return StoreApi.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getJsonObject("data"))
        .filter(d -> rma.equals(d.getString("rma")) && d.getInt("delayDays") > 0)
        .mapToInt(d -> d.getInt("delayDays"))
        .sum();
  }
}
