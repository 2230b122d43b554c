package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.returnport.access.Caller;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.KeycloakSettings;
import org.returnport.loyalty.insights.boundary.LoyaltyInsights;
import org.returnport.loyalty.insights.control.Liability;
import org.returnport.loyalty.insights.control.MonthFigures;
import org.returnport.loyalty.insights.control.PointsOverview;
import org.returnport.loyalty.members.boundary.Adjusted;
import org.returnport.loyalty.members.boundary.EntryLine;
import org.returnport.loyalty.members.boundary.LoyaltyMembers;
import org.returnport.loyalty.members.boundary.MemberLedger;
import org.returnport.loyalty.members.boundary.MemberPage;
import org.returnport.loyalty.members.boundary.MemberPoints;
import org.returnport.loyalty.members.control.AdjustmentRequest;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * What the loyalty console does, for the test, over HTTP: the store is entered by its slug, staff
 * act as the owner of the Keycloak access token in {@code X-Person-Token} (asked of Keycloak's
 * userinfo endpoint), and members and entries are made through {@link LoyaltyConsoleITBean}.
 * Answers JSON; a refusal answers its message key and a 404 what is not found (or not allowed).
 */
@WebServlet("/it/loyalty-console")
public class LoyaltyConsoleDriver extends HttpServlet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject LoyaltyConsoleITBean fixtures;

  @Inject LoyaltyMembers members;

  @Inject LoyaltyInsights insights;

  @Inject Caller caller;

  @Inject TenantResolution tenants;

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      write(response, 404, Json.createObjectBuilder().add("error", "store"));
      return;
    }
    String token = request.getHeader("X-Person-Token");
    if (token != null) {
      JsonObject person = userinfo(token);
      if (person != null) {
        caller.actAsPerson(person.getString("sub"), person.getString("email", null));
      }
    }
    JsonObject body;
    try (var reader = Json.createReader(request.getReader())) {
      body = request.getContentLength() > 0 ? reader.readObject() : JsonObject.EMPTY_JSON_OBJECT;
    }
    try {
      write(response, 200, call(request.getParameter("op"), body));
    } catch (RejectedException e) {
      JsonArrayBuilder arguments = Json.createArrayBuilder();
      e.arguments().forEach(a -> arguments.add(String.valueOf(a)));
      write(
          response,
          422,
          Json.createObjectBuilder().add("key", e.messageKey()).add("arguments", arguments));
    } catch (NotFoundException e) {
      write(response, 404, Json.createObjectBuilder().add("error", "not-found"));
    }
  }

  private JsonObjectBuilder call(String op, JsonObject body) {
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (op) {
      case "member" ->
          answer.add("id", fixtures.member(body.getString("name"), body.getString("email")));
      case "earn" ->
          answer.add(
              "id", fixtures.earn(member(body), body.getString("key"), points(body), at(body)));
      case "pending" ->
          answer.add(
              "id", fixtures.pending(member(body), body.getString("key"), points(body), at(body)));
      case "confirm" -> answer.add("id", fixtures.confirm(entry(body), at(body)));
      case "clawback" ->
          answer.add(
              "id",
              fixtures.clawBack(
                  entry(body),
                  body.getJsonNumber("confirmed").longValue(),
                  body.getJsonNumber("pendingPart").longValue(),
                  at(body)));
      case "redeem" ->
          answer.add(
              "id", fixtures.redeem(member(body), body.getString("key"), points(body), at(body)));
      case "expire" ->
          answer.add(
              "id", fixtures.expire(member(body), body.getString("key"), points(body), at(body)));
      case "search" -> {
        MemberPage page = members.search(body.getString("q", null), body.getInt("page", 1), 25);
        JsonArrayBuilder found = Json.createArrayBuilder();
        page.members().forEach(m -> found.add(member(m)));
        answer.add("total", page.total()).add("pages", page.pages()).add("members", found);
      }
      case "ledger" -> {
        MemberLedger ledger = members.ledger(member(body), body.getInt("page", 1), 50);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        ledger.entries().forEach(e -> entries.add(entry(e)));
        answer
            .add("member", member(ledger.member()))
            .add("addsUp", ledger.addsUp())
            .add("entries", entries);
      }
      case "adjust" -> {
        Adjusted adjusted =
            members.adjust(
                member(body),
                new AdjustmentRequest(
                    points(body), body.getString("reason", null), body.getString("key")));
        answer
            .add("replayed", adjusted.replayed())
            .add("balance", adjusted.balance())
            .add("entry", entry(adjusted.entry()));
      }
      case "insights" -> {
        PointsOverview overview = insights.overview();
        JsonArrayBuilder months = Json.createArrayBuilder();
        for (MonthFigures m : overview.months()) {
          months.add(
              Json.createObjectBuilder()
                  .add("month", m.month().toString())
                  .add("issued", m.issued())
                  .add("redeemed", m.redeemed())
                  .add("expired", m.expired())
                  .add("clawedBack", m.clawedBack())
                  .add("adjusted", m.adjusted()));
        }
        Liability l = overview.liability();
        answer
            .add("months", months)
            .add(
                "liability",
                Json.createObjectBuilder()
                    .add("points", l.points())
                    .add("pendingPoints", l.pendingPoints())
                    .add("debtPoints", l.debtPoints())
                    .add("value", l.value().decimalString())
                    .add("pendingValue", l.pendingValue().decimalString())
                    .add("debtValue", l.debtValue().decimalString())
                    .add("currency", l.value().currency()));
      }
      default -> throw new IllegalArgumentException(op);
    }
    return answer;
  }

  private static JsonObjectBuilder member(MemberPoints m) {
    return Json.createObjectBuilder()
        .add("id", m.memberId())
        .add("name", m.name())
        .add("email", m.email())
        .add("balance", m.balance())
        .add("pending", m.pending())
        .add("debt", m.debt());
  }

  private static JsonObjectBuilder entry(EntryLine e) {
    return Json.createObjectBuilder()
        .add("id", e.id())
        .add("kind", e.kind().name())
        .add("points", e.points())
        .add("pending", e.pendingPoints())
        .add("balanceAfter", e.balanceAfter())
        .add("messageKey", e.messageKey())
        .add("actor", e.actor() == null ? "" : e.actor())
        .add("reason", e.reason() == null ? "" : e.reason());
  }

  private static long member(JsonObject body) {
    return body.getJsonNumber("member").longValue();
  }

  private static long entry(JsonObject body) {
    return body.getJsonNumber("entry").longValue();
  }

  private static long points(JsonObject body) {
    return body.getJsonNumber("points").longValue();
  }

  private static Instant at(JsonObject body) {
    return body.containsKey("at") ? Instant.parse(body.getString("at")) : Instant.now();
  }

  private JsonObject userinfo(String token) throws IOException {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(keycloak.realmUrl() + "/protocol/openid-connect/userinfo"))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return null;
      }
      try (var reader = Json.createReader(new StringReader(answer.body()))) {
        return reader.readObject();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void write(HttpServletResponse response, int status, JsonObjectBuilder body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.build().toString());
  }
}
