package org.returnport.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.newReturn;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
 * Domain events on the deployed application: each change fires its event once, the store's event
 * log (read through the API) holds it, the shopper's e-mail is written by the observer under the
 * event's id, and another store's log never shows it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EventsIT {

  private static final String MAIL_EVENT_HEADER = "X-Returnport-Event-Id";

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Events Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void anOrderRecordedOnceIsLoggedOnceAndAChangeAgain() {
    String number = "EO-" + System.nanoTime();
    String sent = ReturnsFixtures.orderJson(number, "eo@example.com", "DE", 3, "30.00");

    HttpResponse<String> created = store.post("/api/v1/orders", sent);
    HttpResponse<String> again = store.post("/api/v1/orders", sent);
    List<JsonObject> afterTheSame = ofOrder(events(store, "OrderRecorded"), number);
    HttpResponse<String> changed =
        store.post("/api/v1/orders", sent.replace("\"30.00\"", "\"25.00\""));
    List<JsonObject> afterTheChange = ofOrder(events(store, "OrderRecorded"), number);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(afterTheSame).as("the same order sent again changes nothing").hasSize(1);
    assertThat(afterTheSame.get(0).getJsonObject("data").getBoolean("created")).isTrue();
    assertThat(afterTheChange).hasSize(2);
    assertThat(afterTheChange.get(1).getJsonObject("data").getBoolean("created")).isFalse();
    assertThat(afterTheChange.get(1).getJsonObject("data").getJsonNumber("orderId").longValue())
        .isEqualTo(
            afterTheChange.get(0).getJsonObject("data").getJsonNumber("orderId").longValue());
  }

  @Test
  void anImportLogsEachOrderItRecordsAndAReimportNothing() throws Exception {
    StoreApi importing = StoreApi.newStore("Import Events Shop");
    String csv =
        Files.readString(Path.of("../portal-ejb/src/test/resources/shopify/orders_export.csv"));

    HttpResponse<String> first =
        importing.post("/api/v1/orders/import", csv, "Content-Type", "text/csv");
    List<JsonObject> afterTheFirst = events(importing, null);
    HttpResponse<String> again =
        importing.post("/api/v1/orders/import", csv, "Content-Type", "text/csv");

    assertThat(StoreApi.json(first).getInt("created")).isEqualTo(3);
    assertThat(afterTheFirst)
        .extracting(
            e -> e.getString("type") + " " + e.getJsonObject("data").getString("orderNumber"))
        .as("the refused order 1003 is not recorded")
        .containsExactlyInAnyOrder(
            "OrderRecorded 1001", "OrderRecorded 1002", "OrderRecorded 1004");
    assertThat(StoreApi.json(again).getInt("unchanged")).isEqualTo(3);
    assertThat(events(importing, null)).isEqualTo(afterTheFirst);
  }

  @Test
  void anAutoApprovedReturnIsRequestedThenDecidedByThePolicyAndMailedOnce() throws Exception {
    String email = "auto-" + System.nanoTime() + "@example.com";
    String number = "EA-" + System.nanoTime();
    order(store, number, email, "FR", 3, "30.00");
    String key = UUID.randomUUID().toString();

    JsonObject submitted = created(newReturn(number, email, "too-small"), key);
    String rma = submitted.getString("rma");
    List<JsonObject> logged = ofReturn(events(store, null), rma);
    JsonObject replayed = created(newReturn(number, email, "too-small"), key);

    assertThat(submitted.getString("status")).isEqualTo("APPROVED");
    assertThat(logged)
        .extracting(e -> e.getString("type"))
        .containsExactly("ReturnRequested", "ReturnDecided");
    JsonObject requested = logged.get(0).getJsonObject("data");
    assertThat(requested.getBoolean("autoApproved")).isTrue();
    assertThat(requested.getString("status")).isEqualTo("APPROVED");
    assertThat(requested.getString("orderNumber")).isEqualTo(number);
    JsonObject decided = logged.get(1).getJsonObject("data");
    assertThat(decided.getString("outcome")).isEqualTo("APPROVED");
    assertThat(decided.getString("decidedBy")).isEqualTo("POLICY");
    assertThat(logged.toString()).as("no personal data in the log").doesNotContain(email);
    String decision = logged.get(1).getString("eventId");
    assertThat(outboxEventIds(email))
        .as("one mail, caused by the decision")
        .containsExactly(decision);
    MimeMessage mail = Mailbox.mail(email, "Your return " + rma + " is approved");
    assertThat(mail.getHeader(MAIL_EVENT_HEADER, null)).isEqualTo(decision);

    assertThat(replayed.getString("rma")).isEqualTo(rma);
    assertThat(ofReturn(events(store, null), rma)).as("a replayed submit fires nothing").hasSize(2);
    assertThat(outboxEventIds(email)).containsExactly(decision);
  }

  @Test
  void aStaffApprovalIsOneDecisionWithOneApprovalMailFromTheObserver() throws Exception {
    String email = "staff-" + System.nanoTime() + "@example.com";
    String number = "ES-" + System.nanoTime();
    order(store, number, email, "DE", 2, "400.00");
    String rma =
        created(newReturn(number, email, "too-small"), UUID.randomUUID().toString())
            .getString("rma");
    List<JsonObject> submitted = ofReturn(events(store, null), rma);

    HttpResponse<String> approved = store.post("/api/v1/returns/" + rma + "/approve", "");
    HttpResponse<String> twice = store.post("/api/v1/returns/" + rma + "/approve", "");
    List<JsonObject> decisions = ofReturn(events(store, "ReturnDecided"), rma);

    assertThat(submitted).extracting(e -> e.getString("type")).containsExactly("ReturnRequested");
    assertThat(submitted.get(0).getJsonObject("data").getBoolean("autoApproved")).isFalse();
    assertThat(submitted.get(0).getJsonObject("data").getString("status"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).getJsonObject("data").getString("outcome")).isEqualTo("APPROVED");
    assertThat(decisions.get(0).getJsonObject("data").getString("decidedBy")).isEqualTo("STAFF");
    String received = submitted.get(0).getString("eventId");
    String decision = decisions.get(0).getString("eventId");
    assertThat(outboxEventIds(email)).containsExactly(received, decision);
    assertThat(
            Mailbox.mail(email, "Your return " + rma + " is approved")
                .getHeader(MAIL_EVENT_HEADER, null))
        .isEqualTo(decision);
    assertThat(
            Mailbox.mail(email, "We received your return " + rma)
                .getHeader(MAIL_EVENT_HEADER, null))
        .isEqualTo(received);
  }

  @Test
  void aRejectionIsOneDecisionAndItsMailCarriesTheReason() throws Exception {
    String email = "no-" + System.nanoTime() + "@example.com";
    String number = "ER-" + System.nanoTime();
    order(store, number, email, "DE", 2, "400.00");
    String rma =
        created(newReturn(number, email, "too-small"), UUID.randomUUID().toString())
            .getString("rma");

    HttpResponse<String> rejected =
        store.post(
            "/api/v1/returns/" + rma + "/reject", "{\"reason\": \"Worn items cannot go back.\"}");
    List<JsonObject> decisions = ofReturn(events(store, "ReturnDecided"), rma);

    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).getJsonObject("data").getString("outcome")).isEqualTo("REJECTED");
    assertThat(decisions.get(0).toString()).doesNotContain("Worn items");
    MimeMessage mail = Mailbox.mail(email, "About your return " + rma);
    assertThat(mail.getHeader(MAIL_EVENT_HEADER, null))
        .isEqualTo(decisions.get(0).getString("eventId"));
    assertThat(Mailbox.text(mail)).contains("Worn items cannot go back.");
  }

  @Test
  void aQuestionAndTheAnswerAreOneMessageEachAndOnlyTheQuestionIsMailed() throws Exception {
    String email = "ask-" + System.nanoTime() + "@example.com";
    String number = "EQ-" + System.nanoTime();
    order(store, number, email, "DE", 2, "400.00");
    String rma =
        created(newReturn(number, email, "too-small"), UUID.randomUUID().toString())
            .getString("rma");
    WebSession agent = new WebSession();
    agent.signIn(store.merchant().email(), store.merchant().password());

    agent.submit(
        agent.get("/console/return.xhtml?rma=" + rma),
        "actions",
        Map.of("text", "Is the tag still attached?"),
        "ask");
    MimeMessage question = Mailbox.mail(email, "A message about your return " + rma);
    String body = Mailbox.text(question);
    String link = body.substring(body.indexOf("/s/"), body.indexOf('\n', body.indexOf("/s/")));
    WebSession shopper = new WebSession();
    shopper.submit(shopper.get(link.strip()), "message", Map.of("text", "Yes, it is."), "send");
    List<JsonObject> messages = ofReturn(events(store, "ReturnMessageSent"), rma);

    assertThat(body).contains("Is the tag still attached?");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).getJsonObject("data").getString("from")).isEqualTo("STORE");
    assertThat(messages.get(0).getJsonObject("data").getString("kind")).isEqualTo("QUESTION");
    assertThat(messages.get(1).getJsonObject("data").getString("from")).isEqualTo("SHOPPER");
    assertThat(messages.toString()).doesNotContain("tag").doesNotContain("Yes, it is");
    assertThat(question.getHeader(MAIL_EVENT_HEADER, null))
        .isEqualTo(messages.get(0).getString("eventId"));
    String received = ofReturn(events(store, "ReturnRequested"), rma).get(0).getString("eventId");
    assertThat(outboxEventIds(email))
        .as("the received mail and the question; the shopper's answer is not mailed")
        .containsExactly(received, messages.get(0).getString("eventId"));
  }

  @Test
  void anotherStoresLogShowsNoneOfTheseEvents() {
    String number = "EI-" + System.nanoTime();
    order(store, number, "mine-" + System.nanoTime() + "@example.com", "DE", 2, "30.00");
    StoreApi other = StoreApi.newStore("Other Events Shop");
    String theirs = "EI-" + System.nanoTime();
    HttpResponse<String> recorded =
        other.post(
            "/api/v1/orders",
            ReturnsFixtures.orderJson(theirs, "theirs@example.com", "DE", 2, "30.00"));

    List<JsonObject> seenByOther = events(other, null);
    List<JsonObject> seenByStore = events(store, "OrderRecorded");

    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(seenByOther)
        .extracting(e -> e.getJsonObject("data").getString("orderNumber"))
        .as("the other store sees its own order only")
        .containsExactly(theirs);
    assertThat(ofOrder(seenByStore, number)).hasSize(1);
    assertThat(ofOrder(seenByStore, theirs)).isEmpty();
  }

  @Test
  void theLogIsReadFromAnInstantOnAndAnUnrealInstantIsRefusedInWords() {
    String number = "ET-" + System.nanoTime();
    Instant before = Instant.now().minusSeconds(1);
    order(store, number, "time-" + System.nanoTime() + "@example.com", "DE", 2, "30.00");
    Instant after = Instant.now().plusSeconds(5);

    List<JsonObject> fromBefore = page(store, "type=OrderRecorded&since=" + before);
    List<JsonObject> fromAfter = page(store, "type=OrderRecorded&since=" + after);
    HttpResponse<String> unreal = store.get("/api/v1/events?since=2026-13-45T25:00:00Z");
    HttpResponse<String> unrealInChinese =
        store.get("/api/v1/events?since=2026-13-45T25:00:00Z", "Accept-Language", "zh-CN");

    assertThat(ofOrder(fromBefore, number)).hasSize(1);
    assertThat(fromAfter).isEmpty();
    assertThat(unreal.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(unreal).getString("title"))
        .isEqualTo(
            "The time 2026-13-45T25:00:00Z is not a real instant. Write it like 2026-12-01T09:30:00Z.");
    assertThat(StoreApi.json(unrealInChinese).getString("title"))
        .startsWith("时间 2026-13-45T25:00:00Z");
  }

  /** The store's events, oldest first, of one type or of all. */
  private static List<JsonObject> events(StoreApi api, String type) {
    return page(api, type == null ? "" : "type=" + type);
  }

  private static List<JsonObject> page(StoreApi api, String query) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      String separator = query.isEmpty() ? "" : "&";
      HttpResponse<String> response =
          api.get("/api/v1/events?size=200&page=" + page + separator + query);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject json = StoreApi.json(response);
      all.addAll(json.getJsonArray("items").getValuesAs(JsonObject.class));
      if (all.size() >= json.getJsonNumber("total").longValue()) {
        return all;
      }
    }
  }

  private static List<JsonObject> ofReturn(List<JsonObject> events, String rma) {
    return events.stream()
        .filter(e -> rma.equals(e.getJsonObject("data").getString("rma", null)))
        .toList();
  }

  private static List<JsonObject> ofOrder(List<JsonObject> events, String number) {
    return events.stream()
        .filter(e -> number.equals(e.getJsonObject("data").getString("orderNumber", null)))
        .toList();
  }

  private static JsonObject created(String body, String key) {
    HttpResponse<String> response = store.post("/api/v1/returns", body, "Idempotency-Key", key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response);
  }

  /**
   * The event ids of the outbox rows of mails to this address, oldest first: written in the
   * transaction of the change, so they are there as soon as the call has answered.
   */
  private static List<String> outboxEventIds(String to) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT EVENT_ID FROM OUTBOX WHERE PAYLOAD LIKE ? ORDER BY ID")) {
      query.setString(1, "%\"to\":\"" + to + "\"%");
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://localhost:"
            + System.getProperty("returnport.db.port")
            + "/returnport?sslMode=DISABLED",
        "returnport",
        "returnport");
  }
}
