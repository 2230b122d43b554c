package org.returnport.it.community.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * A guest reading the shop and its community opens no HTTP session: no JSESSIONID cookie on any
 * read, in either language, and the language picked with the switch kept in a cookie of its own.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class GuestSessionIT {

  static String slug;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStore() {
    slug = StoreApi.newStore("Guest Reading Shop").merchant().slug();
  }

  @Test
  void aGuestReadingTheShopsHomeGetsNoSession() {
    for (String language : List.of("en", "zh-CN")) {
      HttpResponse<byte[]> home =
          new WebSession().raw("/s/" + slug + "/", Map.of("Accept-Language", language));

      assertThat(home.statusCode()).as(language).isEqualTo(200);
      assertThat(sessionCookies(home)).as(language).isEmpty();
    }
  }

  @Test
  void aGuestAskingForAPageThatDoesNotExistGetsNoSessionEither() {
    HttpResponse<byte[]> missing = new WebSession().raw("/s/" + slug + "/no-such-page", Map.of());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(sessionCookies(missing)).isEmpty();
  }

  @Test
  void theLanguagePickedIsKeptInACookieOfItsOwnAndNotInASession() {
    HttpResponse<byte[]> picked = new WebSession().raw("/s/" + slug + "/?lang=zh-CN", Map.of());

    assertThat(picked.statusCode()).isEqualTo(200);
    assertThat(sessionCookies(picked)).isEmpty();
    assertThat(picked.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .startsWith("rp-lang=zh-CN;")
                    .containsIgnoringCase("SameSite=Lax")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("Path=/"));

    HttpResponse<byte[]> later =
        new WebSession()
            .raw("/s/" + slug + "/", Map.of("Cookie", "rp-lang=zh-CN", "Accept-Language", "en"));

    assertThat(new String(later.body(), StandardCharsets.UTF_8)).contains("lang=\"zh-CN\"");
    assertThat(later.headers().allValues("Set-Cookie")).isEmpty();
  }

  /**
   * The community's read pages (the forum's, reviews' and search's, merged beside this test) are
   * read without a session too.
   */
  @Test
  void aGuestReadingTheCommunityGetsNoSession() {
    for (String page : List.of("community", "community/search?q=fit", "reviews/how-we-verify")) {
      HttpResponse<byte[]> read = new WebSession().raw("/s/" + slug + "/" + page, Map.of());

      assertThat(read.statusCode()).as(page).isEqualTo(200);
      assertThat(sessionCookies(read)).as(page).isEmpty();
    }
  }

  static List<String> sessionCookies(HttpResponse<?> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .toList();
  }
}
