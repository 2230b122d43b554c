package org.returnport.it.community.moderation;

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
import java.time.LocalDate;
import org.returnport.access.Caller;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.community.moderation.boundary.Flags;
import org.returnport.community.moderation.boundary.Moderation;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.identity.control.KeycloakSettings;
import org.returnport.members.entity.Member;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * What the forum and the moderation console do, for the tests only, over HTTP: the store is entered
 * by its slug; a member acts by the account id given in {@code X-Member-User} (members here are
 * made directly, with made-up account ids), staff by the owner of a Keycloak access token in {@code
 * X-Person-Token}, asked of Keycloak's userinfo endpoint. Answers JSON; a refusal answers its
 * message key.
 */
@WebServlet("/it/moderation")
public class ModerationDriver extends HttpServlet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject ModerationITBean forum;

  @Inject Flags flags;

  @Inject Moderation moderation;

  @Inject Caller caller;

  @Inject TenantResolution tenants;

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder decisions = Json.createArrayBuilder();
    for (ModerationDecision d :
        RecordedDecisions.of(Long.parseLong(request.getParameter("decisionsOf")))) {
      decisions.add(
          Json.createObjectBuilder()
              .add("kind", d.ref().kind().name())
              .add("action", d.action().name())
              .add("reason", d.reason() == null ? "" : d.reason())
              .add("moderator", d.moderator()));
    }
    write(response, 200, Json.createObjectBuilder().add("decisions", decisions));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      write(response, 404, Json.createObjectBuilder().add("error", "store"));
      return;
    }
    String member = request.getHeader("X-Member-User");
    if (member != null) {
      caller.actAsPerson(member, null);
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
    } catch (TooManyRequestsException e) {
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      write(response, 429, Json.createObjectBuilder().add("key", e.messageKey()));
    } catch (NotFoundException e) {
      write(response, 404, Json.createObjectBuilder().add("error", "not-found"));
    }
  }

  private JsonObjectBuilder call(String op, JsonObject body) {
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (op) {
      case "member" -> {
        Member m = forum.member(body.getString("name"), body.getString("email"));
        answer.add("id", m.getId()).add("user", m.getKeycloakUserId());
      }
      case "post" -> {
        Object[] posted =
            forum.post(body.getJsonNumber("member").longValue(), body.getString("text"));
        answer.add("admission", (String) posted[0]).add("id", (Long) posted[1]);
      }
      case "published" ->
          answer.add(
              "id",
              forum.publishedPost(
                  body.getJsonNumber("member").longValue(), body.getString("text")));
      case "flag" ->
          flags.flag(
              ref(body),
              Flags.Reason.valueOf(body.getString("reason")),
              body.getString("note", null));
      case "queue" -> {
        JsonArrayBuilder items = Json.createArrayBuilder();
        moderation
            .queue(0, Moderation.PAGE_MAX)
            .forEach(
                e -> {
                  JsonArrayBuilder reasons = Json.createArrayBuilder();
                  e.heldReasons().forEach(r -> reasons.add(r.name()));
                  items.add(
                      Json.createObjectBuilder()
                          .add("kind", e.kind().name())
                          .add("id", e.contentId())
                          .add("author", e.authorMemberId())
                          .add("excerpt", e.excerpt())
                          .add("held", e.held())
                          .add("reasons", reasons)
                          .add("word", e.matchedWord() == null ? "" : e.matchedWord())
                          .add("flags", e.flagCount()));
                });
        answer.add("items", items).add("size", moderation.queueSize());
      }
      case "approve" -> moderation.approve(ref(body), body.getString("reason", null));
      case "reject" -> moderation.reject(ref(body), body.getString("reason", null));
      case "hide" -> moderation.hide(ref(body), body.getString("reason", null));
      case "restore" -> moderation.restore(ref(body), body.getString("reason", null));
      case "delete" -> moderation.delete(ref(body), body.getString("reason", null));
      case "dismiss" -> moderation.dismiss(ref(body));
      case "ban" ->
          moderation.ban(
              body.getJsonNumber("member").longValue(),
              body.containsKey("through") ? LocalDate.parse(body.getString("through")) : null,
              body.getString("reason", null));
      case "lift" -> moderation.lift(body.getJsonNumber("member").longValue());
      case "words" -> moderation.changeWords(body.getString("language"), body.getString("text"));
      case "log" -> {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        moderation
            .log(0, Moderation.PAGE_MAX)
            .forEach(
                e ->
                    entries.add(
                        Json.createObjectBuilder()
                            .add("actor", e.getActor())
                            .add("action", e.getAction().name())
                            .add("id", e.getContentId() == null ? 0 : e.getContentId())
                            .add("member", e.getMemberId() == null ? 0 : e.getMemberId())
                            .add("reason", e.getReason() == null ? "" : e.getReason())));
        answer.add("entries", entries);
      }
      default -> throw new IllegalArgumentException(op);
    }
    return answer;
  }

  private static ContentRef ref(JsonObject body) {
    return new ContentRef(
        ContentKind.valueOf(body.getString("kind", "POST")), body.getJsonNumber("id").longValue());
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
