package org.returnport.it.members;

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
import org.returnport.access.Caller;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.identity.control.KeycloakSettings;
import org.returnport.members.boundary.MemberDetails;
import org.returnport.members.boundary.MemberHistory;
import org.returnport.members.boundary.MemberView;
import org.returnport.members.boundary.Members;
import org.returnport.members.boundary.Standing;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * What the account pages do for a signed-in person, for the tests only, over HTTP: the person is
 * the owner of a Keycloak access token in {@code X-Person-Token}, asked of Keycloak's userinfo
 * endpoint (so a forged token gets nobody); the store is entered by its slug as the shopper pages
 * enter it, and then one call of the member boundary is made. Answers JSON; a refusal answers its
 * message key.
 */
@WebServlet("/it/members")
public class MemberDriver extends HttpServlet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject Members members;

  @Inject Caller caller;

  @Inject TenantResolution tenants;

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String member = request.getParameter("joinedEvents");
    write(
        response,
        200,
        Json.createObjectBuilder().add("count", JoinedEvents.count(Long.parseLong(member))));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      write(response, 404, Json.createObjectBuilder().add("error", "store"));
      return;
    }
    // Not Authorization: the application's sign-in mechanism owns that header.
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
      write(response, 422, Json.createObjectBuilder().add("key", e.messageKey()));
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
      case "standing" -> {
        Standing standing = members.standing();
        answer.add("state", standing.state().name());
        standing.member().ifPresent(m -> answer.add("member", view(m)));
      }
      case "send" -> members.sendVerificationLink(body.getString("language", "en"));
      case "verify" -> members.verify(body.getString("token", null));
      case "join" -> answer.add("member", view(members.join(details(body))));
      case "update" -> answer.add("member", view(members.update(details(body))));
      case "history" -> {
        MemberHistory history = members.history();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        history
            .orders()
            .forEach(
                o ->
                    orders.add(
                        Json.createObjectBuilder()
                            .add("number", o.number())
                            .add("total", o.total().amount().toPlainString())
                            .add("itemCount", o.itemCount())
                            .add("startReturnPath", o.startReturnPath())));
        JsonArrayBuilder returns = Json.createArrayBuilder();
        history
            .returns()
            .forEach(
                r ->
                    returns.add(
                        Json.createObjectBuilder()
                            .add("rma", r.rma())
                            .add("orderNumber", r.orderNumber())
                            .add("status", r.status().name())
                            .add("statusPath", r.statusPath())));
        answer.add("orders", orders).add("returns", returns);
      }
      case "export" -> answer.add("export", members.export());
      case "leave" -> members.leave();
      default -> throw new IllegalArgumentException(op);
    }
    return answer;
  }

  private static MemberDetails details(JsonObject body) {
    return new MemberDetails(
        body.getString("displayName", null),
        body.getString("language", "en"),
        body.getBoolean("consent", false),
        body.getBoolean("mailAboutReturns", false),
        body.getBoolean("mailAboutCommunity", false),
        body.getBoolean("mailAboutPoints", false));
  }

  private static JsonObjectBuilder view(MemberView member) {
    return Json.createObjectBuilder()
        .add("id", member.id())
        .add("displayName", member.displayName())
        .add("email", member.email())
        .add("language", member.language())
        .add("emailVerified", member.emailVerified());
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
