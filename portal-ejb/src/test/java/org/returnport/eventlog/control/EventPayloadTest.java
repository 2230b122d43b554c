package org.returnport.eventlog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returnport.events.DelayCause;
import org.returnport.events.DomainEvent;
import org.returnport.events.IncidentDeclared;
import org.returnport.events.OrderRecorded;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnMessageSent;
import org.returnport.events.ReturnRequested;
import org.returnport.tenancy.CurrentTenant.TenantRef;
import org.returnport.values.EmailAddress;

class EventPayloadTest {

  private static final TenantRef STORE = new TenantRef(42L, "tee-shop");
  private static final UUID ID = UUID.fromString("5b0a2f4e-8c1d-4e0b-9a57-3f7d2c1e9b80");
  private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");

  @Test
  void aReturnRequestedIsWrittenWithItsFactsAndWithoutTheEnvelope() {
    JsonObject json =
        json(new ReturnRequested(STORE, ID, AT, 7L, "RMA-AB12CD34", "#1001", "APPROVED", true));

    assertThat(json.keySet())
        .containsExactly("returnId", "rma", "orderNumber", "status", "autoApproved");
    assertThat(json.getJsonNumber("returnId").longValue()).isEqualTo(7L);
    assertThat(json.getString("rma")).isEqualTo("RMA-AB12CD34");
    assertThat(json.getString("orderNumber")).isEqualTo("#1001");
    assertThat(json.getString("status")).isEqualTo("APPROVED");
    assertThat(json.getBoolean("autoApproved")).isTrue();
  }

  @Test
  void enumsAreWrittenByName() {
    JsonObject decided =
        json(
            new ReturnDecided(
                STORE,
                ID,
                AT,
                7L,
                "RMA-AB12CD34",
                ReturnDecided.Outcome.REJECTED,
                ReturnDecided.DecidedBy.STAFF));
    JsonObject message =
        json(
            new ReturnMessageSent(
                STORE,
                ID,
                AT,
                7L,
                "RMA-AB12CD34",
                99L,
                ReturnMessageSent.From.STORE,
                ReturnMessageSent.Kind.QUESTION));

    assertThat(decided.getString("outcome")).isEqualTo("REJECTED");
    assertThat(decided.getString("decidedBy")).isEqualTo("STAFF");
    assertThat(message.getString("from")).isEqualTo("STORE");
    assertThat(message.getString("kind")).isEqualTo("QUESTION");
    assertThat(message.getJsonNumber("messageId").longValue()).isEqualTo(99L);
  }

  @Test
  void anOrderRecordedSaysWhetherItIsNew() {
    JsonObject json = json(new OrderRecorded(STORE, ID, AT, 3L, "SO-9", false));

    assertThat(json.keySet()).containsExactly("orderId", "orderNumber", "created");
    assertThat(json.getBoolean("created")).isFalse();
  }

  @Test
  void theStoreNeverAppearsInThePayload() {
    String payload = EventPayload.of(new OrderRecorded(STORE, ID, AT, 3L, "SO-9", true));

    assertThat(payload)
        .doesNotContain("tee-shop")
        .doesNotContain("42")
        .doesNotContain(ID.toString());
  }

  /** An event that would carry a shopper's address in a value object. */
  record CarelessEvent(TenantRef tenant, UUID eventId, Instant occurredAt, EmailAddress shopper)
      implements DomainEvent {}

  @Test
  void anIncidentsCountriesAreAListOfPlainFacts() {
    JsonObject json =
        json(
            new IncidentDeclared(
                STORE,
                ID,
                AT,
                3L,
                List.of("FR", "DE"),
                null,
                DelayCause.STRIKE,
                AT,
                AT.plusSeconds(86_400),
                5));

    assertThat(json.getJsonArray("countries").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("FR", "DE");
    assertThat(json.isNull("carrier")).isTrue();
    assertThat(json.getString("cause")).isEqualTo("STRIKE");
  }

  record CarelessListEvent(
      TenantRef tenant, UUID eventId, Instant occurredAt, List<EmailAddress> shoppers)
      implements DomainEvent {}

  @Test
  void aListOfWhatIsNotAPlainFactIsRefused() {
    CarelessListEvent careless =
        new CarelessListEvent(
            STORE, ID, AT, List.of(EmailAddress.parse("noah@example.com").orElseThrow()));

    assertThatThrownBy(() -> EventPayload.of(careless))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CarelessListEvent.shoppers");
  }

  @Test
  void aFieldThatIsNotAPlainFactIsRefused() {
    CarelessEvent careless =
        new CarelessEvent(STORE, ID, AT, EmailAddress.parse("noah@example.com").orElseThrow());

    assertThatThrownBy(() -> EventPayload.of(careless))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CarelessEvent.shopper");
  }

  private static JsonObject json(DomainEvent event) {
    return Json.createReader(new StringReader(EventPayload.of(event))).readObject();
  }
}
