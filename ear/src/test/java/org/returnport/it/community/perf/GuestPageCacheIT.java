package org.returnport.it.community.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Guests reading the community are served from the guest page cache: the same page twice (each time
 * with a nonce of its own), until the store's content changes, when the next guest gets the page
 * rendered anew. Members are never served from it. The test environment keeps pages for 30 seconds
 * (ear/pom.xml), so that the second read finds the first under any load.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class GuestPageCacheIT {

  static String slug;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(List.of(ContentChangedServlet.class), List.of());
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClass(ContentChangedFiring.class);
    ear.delete("forum.jar");
    return ear.addAsModule(forum);
  }

  @BeforeAll
  static void aStore() {
    slug = StoreApi.newStore("Cached Community Shop").merchant().slug();
  }

  @Test
  void aGuestGetsTheSamePageAgainUntilTheStoresContentChanges() throws Exception {
    String page = "/s/" + slug + "/community";
    HttpResponse<byte[]> first = guest(page);
    HttpResponse<byte[]> second = guest(page);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Age")).as("rendered").isEmpty();
    assertThat(second.headers().firstValue("Age")).as("from the cache").isPresent();
    assertThat(withoutNonce(second)).isEqualTo(withoutNonce(first));
    assertThat(nonce(second)).isNotEqualTo(nonce(first));
    assertThat(new String(second.body(), StandardCharsets.UTF_8))
        .contains("nonce=\"" + nonce(second) + "\"")
        .doesNotContain(nonce(first));
    assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

    HttpResponse<Void> changed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        WebSession.BASE.resolve("/it/perf/content-changed?store=" + slug))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(changed.statusCode()).isEqualTo(204);

    HttpResponse<byte[]> afterTheChange = guest(page);
    assertThat(afterTheChange.statusCode()).isEqualTo(200);
    assertThat(afterTheChange.headers().firstValue("Age")).as("rendered anew").isEmpty();
    assertThat(guest(page).headers().firstValue("Age")).as("and kept again").isPresent();
  }

  @Test
  void eachLanguageHasItsOwnPage() throws Exception {
    String page = "/s/" + slug + "/community";
    guest(page, "en");
    HttpResponse<byte[]> chinese = guest(page, "zh-CN");

    assertThat(new String(chinese.body(), StandardCharsets.UTF_8)).contains("lang=\"zh-CN\"");
  }

  @Test
  void aRequestWithASessionIsNeverServedFromTheCache() throws Exception {
    String page = "/s/" + slug + "/community";
    guest(page);
    guest(page);

    HttpResponse<byte[]> withSession =
        new WebSession().raw(page, Map.of("Cookie", "JSESSIONID=someone-signed-in"));

    assertThat(withSession.headers().firstValue("Age")).isEmpty();
  }

  private static HttpResponse<byte[]> guest(String page) throws Exception {
    return guest(page, "en");
  }

  private static HttpResponse<byte[]> guest(String page, String language) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(WebSession.BASE + page))
                .header("Accept-Language", language)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String nonce(HttpResponse<byte[]> answer) {
    return answer
        .headers()
        .firstValue("Content-Security-Policy")
        .orElseThrow()
        .replaceAll(".*'nonce-([^']+)'.*", "$1");
  }

  private static String withoutNonce(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8).replace(nonce(answer), "NONCE");
  }
}
