package org.returnport.it.members;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Shoppers joining stores' programs with their Keycloak accounts, as the account pages will drive
 * the member boundary ({@link MemberDriver}), and the stores' systems reading members through the
 * API with their integration keys. Two stores: what one store's members do never shows in the
 * other.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "member-pass-1";

  private static StoreApi storeA;
  private static StoreApi storeB;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(List.of(MemberDriver.class), List.of(JoinedEvents.class));
  }

  @BeforeAll
  static void twoStores() {
    storeA = StoreApi.newStore("Members Alpha");
    storeB = StoreApi.newStore("Members Bravo");
    ReturnsFixtures.publishPolicy(storeA, 0, "5.95");
    ReturnsFixtures.stock(storeA);
  }

  @Test
  void aShopperVerifiesByTheMailedLinkJoinsTwoStoresSeesTheirGuestReturnExportsAndLeaves()
      throws Exception {
    String email = unique("mia");
    // The order and the guest return, before any account: the address typed in another case.
    String orderNumber = "MB-" + System.nanoTime();
    ReturnsFixtures.order(storeA, orderNumber, email.toUpperCase(), "FR", 3, "30.00");
    var created =
        storeA.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(orderNumber, email.toUpperCase(), "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");

    KeycloakForTests.createShopper(email, PASSWORD, false);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    assertThat(state(storeA, token)).isEqualTo("UNVERIFIED");

    // Unverified: joining is refused and changes nothing.
    assertRefused(call(storeA, token, "join", details("Mia", true)), 422, "member.unverified");
    assertThat(state(storeA, token)).isEqualTo("UNVERIFIED");
    assertThat(memberApi(storeA, "?email=" + email).statusCode()).isEqualTo(404);

    // The link is mailed in the language asked for, under the store's name.
    assertThat(call(storeA, token, "send", "{\"language\": \"zh-CN\"}").statusCode())
        .isEqualTo(200);
    String link = Mailbox.linkOfSubjectStartingWith(email, "请确认您在 Members Alpha");
    assertThat(link).startsWith("/s/" + storeA.merchant().slug() + "/account/verify?token=");
    String mailed =
        URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);

    // A forged token, or the right one in another store, verifies nothing.
    String forged = mailed.substring(0, mailed.length() - 2) + "xx";
    assertRefused(verify(storeA, token, forged), 422, "member.verify.invalid");
    assertRefused(verify(storeB, token, mailed), 422, "member.verify.invalid");
    assertThat(KeycloakForTests.isEmailVerified(email)).isFalse();

    assertThat(verify(storeA, token, mailed).statusCode()).isEqualTo(200);
    assertThat(KeycloakForTests.isEmailVerified(email)).isTrue();
    assertThat(state(storeA, token)).isEqualTo("NOT_JOINED");

    // Joining A, by consent; the event fires once, also when the join is sent twice.
    JsonObject joinedA = member(call(storeA, token, "join", details("Mia Rossi", true)));
    long idA = joinedA.getJsonNumber("id").longValue();
    assertThat(joinedA.getBoolean("emailVerified")).isTrue();
    assertThat(member(call(storeA, token, "join", details("Mia Rossi", true))).getInt("id"))
        .isEqualTo((int) idA);
    assertThat(joinedEvents(idA)).isEqualTo(1);
    assertThat(state(storeA, token)).isEqualTo("MEMBER");

    // Store B knows nothing of it.
    assertThat(state(storeB, token)).isEqualTo("NOT_JOINED");
    assertNoMember(memberApi(storeB, "?email=" + email));
    assertNoMember(memberApi(storeB, "/" + idA));
    assertRefused(call(storeB, token, "history", "{}"), 422, "member.notMember");
    assertRefused(call(storeB, token, "export", "{}"), 422, "member.notMember");

    // Store A's systems find the member by address (in any case) and by id.
    var found = memberApi(storeA, "?email=" + email.toUpperCase());
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonObject status = StoreApi.json(found);
    assertThat(status.getJsonNumber("id").longValue()).isEqualTo(idA);
    assertThat(status.getString("displayName")).isEqualTo("Mia Rossi");
    assertThat(status.getBoolean("emailVerified")).isTrue();
    assertThat(status.getJsonObject("preferences").getBoolean("mailAboutReturns")).isTrue();
    assertThat(memberApi(storeA, "/" + idA).statusCode()).isEqualTo(200);

    // The guest return made before joining, and the order, with links that open them.
    JsonObject history = StoreApi.json(call(storeA, token, "history", "{}"));
    JsonObject guestReturn = history.getJsonArray("returns").getJsonObject(0);
    assertThat(guestReturn.getString("rma")).isEqualTo(rma);
    assertThat(guestReturn.getString("orderNumber")).isEqualTo(orderNumber);
    JsonObject order = history.getJsonArray("orders").getJsonObject(0);
    assertThat(order.getString("number")).isEqualTo(orderNumber);
    assertThat(order.getInt("itemCount")).isEqualTo(3);
    WebSession.Page statusPage = new WebSession().get(guestReturn.getString("statusPath"));
    assertThat(statusPage.status()).isEqualTo(200);
    assertThat(statusPage.document().text()).contains(rma);
    WebSession.Page form = new WebSession().get(order.getString("startReturnPath"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().text()).contains("Scarf");

    // The same account joins B by its own consent, with the same name: B's member is another one.
    JsonObject joinedB = member(call(storeB, token, "join", details("Mia Rossi", true)));
    long idB = joinedB.getJsonNumber("id").longValue();
    assertThat(idB).isNotEqualTo(idA);
    assertThat(joinedEvents(idB)).isEqualTo(1);
    assertThat(memberApi(storeB, "?email=" + email).body()).contains("\"id\":" + idB);
    assertNoMember(memberApi(storeB, "/" + idA));
    assertNoMember(memberApi(storeA, "/" + idB));
    assertThat(StoreApi.json(call(storeB, token, "history", "{}")).getJsonArray("returns"))
        .isEmpty();

    // The export holds what store A keeps: the member, the consent, preferences, order, return.
    JsonObject export =
        readJson(StoreApi.json(call(storeA, token, "export", "{}")).getString("export"));
    assertThat(export.getJsonObject("member").getString("email")).isEqualTo(email);
    assertThat(export.getJsonObject("member").getString("displayName")).isEqualTo("Mia Rossi");
    assertThat(export.getJsonArray("consents").getJsonObject(0).getString("givenAt")).isNotBlank();
    assertThat(export.getJsonObject("preferences").getBoolean("mailAboutReturns")).isTrue();
    assertThat(export.getJsonArray("orders").getJsonObject(0).getString("number"))
        .isEqualTo(orderNumber);
    assertThat(export.getJsonArray("returns").getJsonObject(0).getString("rma")).isEqualTo(rma);
    assertThat(export.toString()).doesNotContain(storeB.merchant().slug());

    // Leaving A erases the membership there; B's stays; joining A again makes a new member.
    assertThat(call(storeA, token, "leave", "{}").statusCode()).isEqualTo(200);
    assertThat(state(storeA, token)).isEqualTo("NOT_JOINED");
    assertNoMember(memberApi(storeA, "?email=" + email));
    assertNoMember(memberApi(storeA, "/" + idA));
    assertRefused(call(storeA, token, "export", "{}"), 422, "member.notMember");
    assertThat(state(storeB, token)).isEqualTo("MEMBER");
    JsonObject again = member(call(storeA, token, "join", details("Mia Rossi", true)));
    long newId = again.getJsonNumber("id").longValue();
    assertThat(newId).isNotIn(idA, idB);
    assertThat(joinedEvents(newId)).isEqualTo(1);
    assertThat(joinedEvents(idA)).isEqualTo(1);
  }

  @Test
  void displayNamesAreUniqueInAStoreWhateverTheCaseOrLettersAndNeitherTooLongNorAbusive()
      throws Exception {
    String first = verifiedShopper("lena");
    String second = verifiedShopper("lenb");
    member(call(storeA, first, "join", details("Lena Park", true)));

    // Each refused try counts towards the limit of 10 joins an hour: 8 here, then the success.
    for (String taken : List.of("LENA PARK", "lena  park", "Lеna Pаrk")) {
      assertRefused(
          call(storeA, second, "join", details(taken, true)), 422, "member.displayName.taken");
    }
    assertRefused(
        call(storeA, second, "join", details("x".repeat(31), true)),
        422,
        "member.displayName.tooLong");
    assertRefused(
        call(storeA, second, "join", details("Fuck_Off", true)), 422, "member.displayName.abusive");
    assertRefused(
        call(storeA, second, "join", details("傻逼一个", true)), 422, "member.displayName.abusive");
    assertRefused(
        call(storeA, second, "join", details("  ", true)), 422, "member.displayName.blank");
    assertRefused(call(storeA, second, "join", details("Lena B", false)), 422, "member.consent");
    assertThat(state(storeA, second)).isEqualTo("NOT_JOINED");

    // Renaming frees the old name; a name that only contains a bad word's letters is fine.
    JsonObject renamed = member(call(storeA, first, "update", details("Scunthorpe Fan", true)));
    assertThat(renamed.getString("displayName")).isEqualTo("Scunthorpe Fan");
    assertThat(
            member(call(storeA, second, "join", details("lena park", true)))
                .getString("displayName"))
        .isEqualTo("lena park");
    assertRefused(
        call(storeA, first, "update", details("LENA PARK", true)), 422, "member.displayName.taken");
  }

  @Test
  void floodsOfJoinsAndOfVerificationMailsAreRefused() throws Exception {
    String flooder = verifiedShopper("flood");
    for (int i = 0; i < 10; i++) {
      assertRefused(
          call(storeB, flooder, "join", details("Bitch " + i, true)),
          422,
          "member.displayName.abusive");
    }
    var refused = call(storeB, flooder, "join", details("Polite Name", true));
    assertRefused(refused, 429, "member.join.throttled");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(state(storeB, flooder)).isEqualTo("NOT_JOINED");

    String unverified = unique("mailer");
    KeycloakForTests.createShopper(unverified, PASSWORD, false);
    String token = KeycloakForTests.accessToken(unverified, PASSWORD);
    for (int i = 0; i < 3; i++) {
      assertThat(call(storeB, token, "send", "{\"language\": \"en\"}").statusCode()).isEqualTo(200);
    }
    assertRefused(
        call(storeB, token, "send", "{\"language\": \"en\"}"), 429, "member.verify.throttled");
  }

  @Test
  void nobodySignedInIsNobody() throws Exception {
    assertThat(state(storeA, null)).isEqualTo("SIGNED_OUT");
    assertRefused(call(storeA, null, "join", details("Ghost", true)), 422, "member.signedOut");
    assertRefused(call(storeA, "not-a-token", "history", "{}"), 422, "member.signedOut");
  }

  private static String verifiedShopper(String name) throws Exception {
    String email = unique(name);
    KeycloakForTests.createShopper(email, PASSWORD, true);
    return KeycloakForTests.accessToken(email, PASSWORD);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static String details(String displayName, boolean consent) {
    return Json.createObjectBuilder()
        .add("displayName", displayName)
        .add("language", "en")
        .add("consent", consent)
        .add("mailAboutReturns", true)
        .build()
        .toString();
  }

  private static HttpResponse<String> verify(StoreApi store, String token, String link)
      throws Exception {
    return call(
        store, token, "verify", Json.createObjectBuilder().add("token", link).build().toString());
  }

  private static String state(StoreApi store, String token) throws Exception {
    var response = call(store, token, "standing", "{}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getString("state");
  }

  private static JsonObject member(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getJsonObject("member");
  }

  private static void assertRefused(HttpResponse<String> response, int status, String key) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(StoreApi.json(response).getString("key")).isEqualTo(key);
  }

  private static void assertNoMember(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    assertThat(StoreApi.json(response).getString("code")).isEqualTo("member-not-found");
  }

  private static HttpResponse<String> memberApi(StoreApi store, String rest) {
    return store.get("/api/v1/members" + rest.replace("+", "%2B"));
  }

  private static int joinedEvents(long memberId) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/it/members?joinedEvents=" + memberId))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return StoreApi.json(response).getInt("count");
  }

  private static HttpResponse<String> call(StoreApi store, String token, String op, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    WebSession.BASE + "/it/members?store=" + store.merchant().slug() + "&op=" + op))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Person-Token", token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject readJson(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
