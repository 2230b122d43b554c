package org.returnport.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.returnport.community.content.control.ContentGenerations;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.StoreProfile;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.tenancy.ShopperStore;

/** The guest page cache as a filter: what it keeps, what it serves, and what it never touches. */
class GuestPageCacheFilterTest {

  static final String VIEW = "/shop/community/index.xhtml";

  /** Each store's number, as ContentGenerations keeps it when the store's content changes. */
  final Map<String, Long> changes = new ConcurrentHashMap<>();

  final ContentGenerations generations =
      new ContentGenerations() {
        @Override
        public long generation(String store) {
          return changes.getOrDefault(store, 0L);
        }
      };

  final AtomicInteger rendered = new AtomicInteger();

  /** The language as the page resolves it; here the browser's only. */
  final GuestPageCache cut =
      new GuestPageCache() {
        @Override
        String languageOf(HttpServletRequest request) {
          return request.getHeader("Accept-Language");
        }
      };

  int status = 200;
  String cookie;

  GuestPageCacheFilterTest() {
    var pages = new GuestPageStore();
    pages.ttl = "PT30S";
    pages.maxBytes = 1_000_000;
    pages.generations = generations;
    pages.start();
    cut.pages = pages;
    var store = new ShopperStore();
    store.show(
        new Tenant(
            new StoreProfile(
                new Slug("lune"), "Lune", "a@lune.example", "FR", Locale.ENGLISH, "EUR"),
            Instant.now()),
        Optional.empty());
    cut.store = store;
  }

  /** The page as the view renders it: a count of renderings and the nonce of its request. */
  final FilterChain view =
      (request, response) -> {
        var answer = (HttpServletResponse) response;
        int number = rendered.incrementAndGet();
        String nonce = "nonce" + number;
        answer.setStatus(status);
        answer.setContentType("text/html;charset=UTF-8");
        answer.setHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + nonce + "'");
        if (cookie != null) {
          answer.addCookie(new Cookie(cookie, "x"));
        }
        answer
            .getWriter()
            .write("<p>rendering " + number + "</p><script nonce=\"" + nonce + "\"></script>");
        answer.getWriter().flush();
      };

  @Test
  void aGuestsSecondReadIsServedFromTheCacheWithANonceOfItsOwn() throws Exception {
    Sent first = read(guest());
    Sent second = read(guest());

    assertThat(rendered).hasValue(1);
    assertThat(second.body()).startsWith("<p>rendering 1</p>");
    assertThat(second.headers()).containsKey("age").doesNotContainKey("set-cookie");
    assertThat(first.headers()).doesNotContainKey("age");
    String nonce = second.header("content-security-policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(nonce).isNotEqualTo("nonce1");
    assertThat(second.body()).contains("nonce=\"" + nonce + "\"").doesNotContain("nonce1");
    assertThat(second.header("content-type")).isEqualTo("text/html;charset=UTF-8");
  }

  @Test
  void aChangeOfTheStoresContentMakesTheNextReadRenderAnew() throws Exception {
    read(guest());

    changes.merge("lune", 1L, Long::sum);
    Sent after = read(guest());

    assertThat(rendered).hasValue(2);
    assertThat(after.body()).startsWith("<p>rendering 2</p>");
    assertThat(read(guest()).body()).startsWith("<p>rendering 2</p>");
  }

  @Test
  void anAnswerThatSetsACookieIsNeverKept() throws Exception {
    cookie = "rp-lang";
    read(guest());
    read(guest());

    assertThat(rendered).hasValue(2);
  }

  @Test
  void anAnswerOtherThanOkIsNeverKept() throws Exception {
    status = 404;
    read(guest());
    read(guest());

    assertThat(rendered).hasValue(2);
  }

  @Test
  void aMemberIsNeitherServedFromTheCacheNorPutIntoIt() throws Exception {
    read(guest());
    read(member());
    read(member());

    assertThat(rendered).hasValue(3);
    assertThat(read(guest()).body()).startsWith("<p>rendering 1</p>");
  }

  @Test
  void eachLanguageHasItsOwnPage() throws Exception {
    read(guest());
    language = "zh-CN";
    assertThat(read(guest()).body()).startsWith("<p>rendering 2</p>");
  }

  String language = "en";

  record Sent(String body, Map<String, List<String>> headers) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(", ", values);
    }
  }

  private HttpServletRequest guest() {
    return request(null);
  }

  private HttpServletRequest member() {
    return request(new Cookie[] {new Cookie("JSESSIONID", "abc")});
  }

  private Sent read(HttpServletRequest request) throws Exception {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int[] statusSent = {200};
    String[] type = {null};
    ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (name, args) ->
                switch (name) {
                  case "setHeader" -> {
                    headers.put(
                        ((String) args[0]).toLowerCase(Locale.ROOT),
                        new ArrayList<>(List.of((String) args[1])));
                    yield null;
                  }
                  case "addHeader" -> {
                    headers
                        .computeIfAbsent(
                            ((String) args[0]).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add((String) args[1]);
                    yield null;
                  }
                  case "addCookie" -> {
                    headers
                        .computeIfAbsent("set-cookie", k -> new ArrayList<>())
                        .add(((Cookie) args[0]).getName());
                    yield null;
                  }
                  case "containsHeader" ->
                      headers.containsKey(((String) args[0]).toLowerCase(Locale.ROOT));
                  case "getHeader" -> {
                    List<String> values = headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    yield values == null ? null : values.get(0);
                  }
                  case "getHeaders" ->
                      headers.getOrDefault(((String) args[0]).toLowerCase(Locale.ROOT), List.of());
                  case "setStatus" -> {
                    statusSent[0] = (Integer) args[0];
                    yield null;
                  }
                  case "getStatus" -> statusSent[0];
                  case "setContentType" -> {
                    type[0] = (String) args[0];
                    headers.put("content-type", new ArrayList<>(List.of((String) args[0])));
                    yield null;
                  }
                  case "getContentType" -> type[0];
                  case "getCharacterEncoding" -> "UTF-8";
                  case "getOutputStream" -> stream;
                  case "getWriter" -> writer;
                  default -> null;
                });
    cut.doFilter(request, response, view);
    return new Sent(body.toString(StandardCharsets.UTF_8), headers);
  }

  private HttpServletRequest request(Cookie[] cookies) {
    SessionCookieConfig config = proxy(SessionCookieConfig.class, (name, args) -> null);
    ServletContext context =
        proxy(
            ServletContext.class,
            (name, args) -> name.equals("getSessionCookieConfig") ? config : null);
    String asked = language;
    return proxy(
        HttpServletRequest.class,
        (name, args) ->
            switch (name) {
              case "getMethod" -> "GET";
              case "getServletPath" -> VIEW;
              case "getServerName" -> "localhost";
              case "getAttribute" ->
                  RequestDispatcher.FORWARD_REQUEST_URI.equals(args[0])
                      ? "/s/lune/community"
                      : null;
              case "getCookies" -> cookies;
              case "getServletContext" -> context;
              case "getHeader" -> "Accept-Language".equals(args[0]) ? asked : null;
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
            GuestPageCacheFilterTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.answer(method.getName(), args));
  }
}
