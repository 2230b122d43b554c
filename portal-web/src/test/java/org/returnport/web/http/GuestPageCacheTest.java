package org.returnport.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestPageCacheTest {

  static final String TOPIC = "/shop/community/topic.xhtml";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/shop/community/index.xhtml, true",
    "/shop/community/category.xhtml, true",
    "/shop/community/topic.xhtml, true",
    "/shop/reviews/product.xhtml, true",
    "/shop/reviews/verification.xhtml, true",
    "/shop/sitemap, true",
    "/shop/community/search.xhtml, false",
    "/shop/community/new-topic.xhtml, false",
    "/shop/community/notifications.xhtml, false",
    "/shop/community/images, false",
    "/shop/reviews/write.xhtml, false",
    "/shop/reviews/invited.xhtml, false"
  })
  void onlyThePagesGuestsReadAreCached(String view, boolean cached) {
    assertThat(GuestPageCache.isGuestRead(new Asked().request(), view)).isEqualTo(cached);
  }

  @Test
  void aGuestsPlainReadIsCachedAndAPageNumberIsTheOnlyQueryKept() {
    assertThat(GuestPageCache.isGuestRead(new Asked().request(), TOPIC)).isTrue();
    assertThat(GuestPageCache.isGuestRead(new Asked().query("page=12").request(), TOPIC)).isTrue();
    assertThat(GuestPageCache.isGuestRead(new Asked().query("page=0").request(), TOPIC)).isFalse();
    assertThat(GuestPageCache.isGuestRead(new Asked().query("lang=zh-CN").request(), TOPIC))
        .isFalse();
    assertThat(GuestPageCache.isGuestRead(new Asked().query("page=2&x=1").request(), TOPIC))
        .isFalse();
  }

  @Test
  void aMemberIsNeverServedFromTheCache() {
    assertThat(GuestPageCache.isGuestRead(new Asked().cookie("JSESSIONID", "abc").request(), TOPIC))
        .isFalse();
    assertThat(GuestPageCache.isGuestRead(new Asked().signedIn().request(), TOPIC)).isFalse();
    assertThat(
            GuestPageCache.isGuestRead(
                new Asked().header("Authorization", "Bearer x").request(), TOPIC))
        .isFalse();
    assertThat(GuestPageCache.isGuestRead(new Asked().method("POST").request(), TOPIC)).isFalse();
  }

  @Test
  void aGuestsLanguageCookieDoesNotKeepThemFromTheCache() {
    assertThat(GuestPageCache.isGuestRead(new Asked().cookie("rp-lang", "zh-CN").request(), TOPIC))
        .isTrue();
  }

  @Test
  void everyAnswerFromTheCacheCarriesANonceOfItsOwn() {
    byte[] page =
        "<script nonce=\"abc123\">a()</script><p>abc12</p><script nonce=\"abc123\">b()</script>"
            .getBytes(StandardCharsets.UTF_8);

    byte[] served = GuestPageCache.withNonce(page, "abc123", "Fresh_Nonce-9");

    assertThat(new String(served, StandardCharsets.UTF_8))
        .isEqualTo(
            "<script nonce=\"Fresh_Nonce-9\">a()</script><p>abc12</p>"
                + "<script nonce=\"Fresh_Nonce-9\">b()</script>");
  }

  @Test
  void theCaptureKeepsWhatWasSentAndNotesCookies() throws IOException {
    var sent = new CompressingResponseTest.Recorded();
    var cut = new CapturingResponse(sent(sent), 1_000);
    cut.setContentType("text/html;charset=UTF-8");
    sent.encoding = "UTF-8";

    cut.getWriter().write("<p>评价</p>");

    assertThat(new String(cut.body(), StandardCharsets.UTF_8)).isEqualTo("<p>评价</p>");
    assertThat(sent.body.toString(StandardCharsets.UTF_8)).isEqualTo("<p>评价</p>");
    assertThat(cut.setCookie()).isFalse();
    cut.addCookie(new Cookie("rp-lang", "zh-CN"));
    assertThat(cut.setCookie()).isTrue();
    var other = new CapturingResponse(sent(new CompressingResponseTest.Recorded()), 1_000);
    other.addHeader("set-cookie", "JSESSIONID=x");
    assertThat(other.setCookie()).isTrue();
  }

  @Test
  void aPageLargerThanTheLimitIsSentButNotKept() throws IOException {
    var sent = new CompressingResponseTest.Recorded();
    var cut = new CapturingResponse(sent(sent), 100);

    cut.getOutputStream().write("x".repeat(150).getBytes(StandardCharsets.US_ASCII));

    assertThat(cut.body()).isNull();
    assertThat(sent.body.size()).isEqualTo(150);
  }

  @Test
  void aPageWhoseBufferWasResetIsNotKept() throws IOException {
    var cut = new CapturingResponse(sent(new CompressingResponseTest.Recorded()), 1_000);
    cut.getOutputStream().write("half a page".getBytes(StandardCharsets.US_ASCII));

    cut.resetBuffer();

    assertThat(cut.body()).isNull();
  }

  /** The recorded answer, taking cookies and resets as the container would. */
  static HttpServletResponse sent(CompressingResponseTest.Recorded recorded) {
    return new HttpServletResponseWrapper(recorded.response()) {
      @Override
      public void addCookie(Cookie cookie) {
        recorded
            .headers
            .computeIfAbsent("set-cookie", k -> new ArrayList<>())
            .add(cookie.getName());
      }

      @Override
      public void resetBuffer() {
        recorded.body.reset();
      }
    };
  }

  /** A forwarded request as the store's filter hands it on. */
  static final class Asked {

    private String method = "GET";
    private String query;
    private boolean signedIn;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> cookies = new HashMap<>();

    Asked method(String method) {
      this.method = method;
      return this;
    }

    Asked query(String query) {
      this.query = query;
      return this;
    }

    Asked signedIn() {
      this.signedIn = true;
      return this;
    }

    Asked header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Asked cookie(String name, String value) {
      cookies.put(name, value);
      return this;
    }

    HttpServletRequest request() {
      SessionCookieConfig config = proxy(SessionCookieConfig.class, (name, args) -> null);
      ServletContext context =
          proxy(
              ServletContext.class,
              (name, args) -> name.equals("getSessionCookieConfig") ? config : null);
      return proxy(
          HttpServletRequest.class,
          (name, args) ->
              switch (name) {
                case "getMethod" -> method;
                case "getHeader" -> headers.get((String) args[0]);
                case "getUserPrincipal" -> signedIn ? (java.security.Principal) () -> "m" : null;
                case "getAttribute" ->
                    RequestDispatcher.FORWARD_QUERY_STRING.equals(args[0]) ? query : null;
                case "getCookies" ->
                    cookies.isEmpty()
                        ? null
                        : cookies.entrySet().stream()
                            .map(c -> new Cookie(c.getKey(), c.getValue()))
                            .toArray(Cookie[]::new);
                case "getServletContext" -> context;
                default -> null;
              });
    }

    interface Answer {
      Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
      return (T)
          Proxy.newProxyInstance(
              Asked.class.getClassLoader(),
              new Class<?>[] {type},
              (proxy, method, args) -> answer.answer(method.getName(), args));
    }
  }
}
