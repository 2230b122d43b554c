package org.returnport.it.community.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.parcels.SandboxTime;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Review invitations from the outside: a keep-it return that really closes mails one invitation
 * with a signed link per returned product, which leads on to the review form through the account
 * page; the event again mails nothing more; a changed link, or one used in another store, is
 * refused with a page that says so. An order delivered more than the store's days ago is invited
 * once by the job, one delivered lately is not.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static StoreApi keepShop;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(InvitationsDriver.class), List.of(InvitationsFiring.class));
  }

  @BeforeAll
  static void aStoreWhereShoppersKeepTheirItems() {
    keepShop = StoreApi.newStore("Invite Keep Shop");
    ReturnsFixtures.publishPolicy(
        keepShop,
        0,
        "5.95",
        json ->
            json.replace(
                "\"keepIt\": {\"under\": [], \"reasons\": []}",
                "\"keepIt\": {\"under\": [{\"amount\": \"100\", \"currency\": \"EUR\"}], \"reasons\": []}"));
    ReturnsFixtures.stock(keepShop);
  }

  @Test
  void aClosedReturnInvitesOnceWithASignedLinkToItsProductsForm() throws Exception {
    String email = "invite-r-" + System.nanoTime() + "@example.com";
    String rma = IntakeFixtures.approvedReturn(keepShop, email);
    SandboxTime.waitFor(
        () -> IntakeFixtures.returnOf(keepShop, rma).getString("status"), "CLOSED"::equals);
    String subject = "Tell others what was wrong: review what you returned to Invite Keep Shop";
    String slug = keepShop.merchant().slug();

    String link = Mailbox.link(email, subject);
    assertThat(link).startsWith("/s/" + slug + "/reviews/invited?token=");
    assertThat(Mailbox.text(email, subject)).contains("Tee").doesNotContain("Scarf");

    HttpResponse<String> followed = get(link);
    assertThat(followed.statusCode()).isEqualTo(302);
    assertThat(followed.headers().firstValue("Location").orElseThrow())
        .endsWith("/s/" + slug + "/account?next=reviews%2Fwrite%2FTEE");

    fireClosedAgain(slug, rma);
    fireClosedAgain(slug, rma);
    // The outbox sends the oldest first: once the invitation of a later return has come, a mail
    // the repeated events had queued would have come too.
    String laterRma = IntakeFixtures.approvedReturn(keepShop, email);
    SandboxTime.waitFor(
        () -> IntakeFixtures.returnOf(keepShop, laterRma).getString("status"), "CLOSED"::equals);
    assertThat(Mailbox.newLink(email, subject, Set.of(link))).isNotEqualTo(link);
    assertThat(Mailbox.count(email, subject))
        .as("one per return: the first and the later one, nothing for the repeated events")
        .isEqualTo(2);

    String token = link.substring(link.indexOf("token=") + 6);
    char last = token.charAt(token.length() - 1);
    String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    HttpResponse<String> refused = get("/s/" + slug + "/reviews/invited?token=" + changed);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("This review link does not work");

    StoreApi other = StoreApi.newStore("Invite Other Shop");
    HttpResponse<String> elsewhere =
        get("/s/" + other.merchant().slug() + "/reviews/invited?token=" + token);
    assertThat(elsewhere.statusCode()).as("another store's link").isEqualTo(400);
  }

  @Test
  void anOrderDeliveredTheStoresDaysAgoIsInvitedOnceByTheJob() throws Exception {
    StoreApi shop = IntakeFixtures.store("Invite Order Shop");
    String slug = shop.merchant().slug();
    String due = "invite-o-" + System.nanoTime() + "@example.com";
    String recent = "invite-n-" + System.nanoTime() + "@example.com";
    ReturnsFixtures.order(shop, "IO-" + System.nanoTime(), due, "FR", 8, "30.00");
    ReturnsFixtures.order(shop, "IN-" + System.nanoTime(), recent, "FR", 3, "30.00");

    assertThat(runJob(slug)).as("only the order delivered 8 days ago").isEqualTo(1);
    assertThat(runJob(slug)).as("never twice").isZero();

    String subject = "How do you like your order from Invite Order Shop?";
    String mail = Mailbox.text(due, subject);
    assertThat(mail).contains("Tee").contains("Scarf").contains("/s/" + slug + "/reviews/invited?");
    assertThat(Mailbox.count(due, subject)).isEqualTo(1);
    assertThat(Mailbox.count(recent, subject)).isZero();
  }

  private static int runJob(String slug) throws Exception {
    HttpResponse<String> answer =
        NO_REDIRECTS.send(
            HttpRequest.newBuilder(
                    URI.create(WebSession.BASE + "/it/invitations?op=job&store=" + slug))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return StoreApi.json(answer).getInt("invited");
  }

  private static void fireClosedAgain(String slug, String rma) throws Exception {
    HttpResponse<String> answer =
        NO_REDIRECTS.send(
            HttpRequest.newBuilder(
                    URI.create(
                        WebSession.BASE + "/it/invitations?op=close&store=" + slug + "&rma=" + rma))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return NO_REDIRECTS.send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
