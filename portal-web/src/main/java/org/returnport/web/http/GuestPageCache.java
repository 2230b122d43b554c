package org.returnport.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnport.web.i18n.Language;
import org.returnport.web.tenancy.ShopperStore;

/**
 * Serves what guests read in a store's community and reviews from memory ({@link GuestPageStore}):
 * the community's home, categories and topics, a product's reviews, the page on how reviews are
 * verified, and the store's sitemap. Rendering a page costs its queries and Facelets; a guest
 * reading a busy topic gets the answer another guest caused a moment ago.
 *
 * <p>It runs on the forward from {@code /s/{slug}/…} to the view, so only after the store's filter
 * found the store active (a suspended store's address forwards to another view and never reaches
 * this cache) and the store's brand is known. Only guests' plain reads take part: a GET without a
 * session cookie and without credentials, with no query other than a page number. Members (who have
 * a session) are never served from the cache nor put into it, so authors see their post at once;
 * guests see it when the store's content changes ({@code ContentChanged}) or at the latest after
 * the time to live, on every server.
 *
 * <p>Only whole answers of status 200 that set no cookie and opened no session are kept. A kept
 * page carries the CSP nonce of the request that rendered it; each answer from the cache gets a
 * fresh one, in the page and in the header alike, so that a nonce never serves twice. An answer
 * from the cache carries an {@code Age} header, as HTTP caches' answers do.
 */
@WebFilter(
    urlPatterns = {"/shop/community/*", "/shop/reviews/*", "/shop/sitemap"},
    dispatcherTypes = DispatcherType.FORWARD)
public class GuestPageCache extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The views guests read; search, writing, invitations, images and member pages are not. */
  static final Set<String> VIEWS =
      Set.of(
          "/shop/community/index.xhtml",
          "/shop/community/category.xhtml",
          "/shop/community/topic.xhtml",
          "/shop/reviews/product.xhtml",
          "/shop/reviews/verification.xhtml",
          "/shop/sitemap");

  /** A long topic's pages are the one query a cached address may carry. */
  private static final Pattern PAGE_QUERY = Pattern.compile("page=[1-9][0-9]{0,5}");

  private static final String CSP = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  /** The headers of a page that belong to its content; the rest is set anew on every request. */
  private static final List<String> KEPT_HEADERS =
      List.of("Content-Language", "Cache-Control", "Expires", "Link", "X-Robots-Tag");

  private static final String VARY = "Accept-Language, Cookie";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject transient GuestPageStore pages;

  @Inject transient ShopperStore store;

  @Inject transient Language language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isGuestRead(request, view(request)) || !store.isPresent()) {
      chain.doFilter(request, response);
      return;
    }
    GuestPages.Key key =
        new GuestPages.Key(
            store.getSlug(),
            store.getName() + '|' + store.getStylesheetPath() + '|' + logo(),
            String.valueOf(request.getServerName()).toLowerCase(Locale.ROOT),
            address(request),
            languageOf(request));
    long generation = pages.generation(key.store());
    GuestPages.Page kept = pages.get(key);
    if (kept != null) {
      send(kept, Locale.forLanguageTag(key.language()), response);
      return;
    }
    response.setHeader("Vary", VARY);
    CapturingResponse capturing = new CapturingResponse(response, pages.largestPage());
    chain.doFilter(request, capturing);
    capturing.flushWriter();
    byte[] body = capturing.body();
    if (body != null
        && capturing.getStatus() == HttpServletResponse.SC_OK
        && !capturing.setCookie()
        && !response.containsHeader("Set-Cookie")
        && request.getSession(false) == null
        && capturing.getContentType() != null) {
      pages.put(key, page(body, response, capturing.getContentType()), generation);
    }
  }

  /**
   * A guest's plain read of a page guests read: a GET, no session cookie, no credentials, and no
   * query but a page number (any other query would let anyone fill the memory with copies).
   */
  static boolean isGuestRead(HttpServletRequest request, String view) {
    if (!"GET".equals(request.getMethod())
        || !VIEWS.contains(view)
        || request.getHeader("Authorization") != null
        || request.getUserPrincipal() != null) {
      return false;
    }
    Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    if (query != null && !PAGE_QUERY.matcher(query.toString()).matches()) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      String session = request.getServletContext().getSessionCookieConfig().getName();
      String sessionCookie = session == null ? "JSESSIONID" : session;
      for (Cookie cookie : cookies) {
        if (cookie.getName().equalsIgnoreCase(sessionCookie)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The language the page is rendered in, resolved as the page resolves it. */
  String languageOf(HttpServletRequest request) {
    return language.getLocale(request).toLanguageTag();
  }

  /** The view the store's filter forwarded to. */
  private static String view(HttpServletRequest request) {
    String path = request.getServletPath();
    return request.getPathInfo() == null ? path : path + request.getPathInfo();
  }

  /** The address the browser asked for, with its query. */
  private static String address(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    return query == null ? path : path + '?' + query;
  }

  private String logo() {
    return store.isLogo() ? store.getLogoPath() : "";
  }

  private static GuestPages.Page page(
      byte[] body, HttpServletResponse response, String contentType) {
    List<GuestPages.Header> headers = new ArrayList<>();
    headers.add(new GuestPages.Header("Content-Type", contentType));
    for (String name : KEPT_HEADERS) {
      for (String value : response.getHeaders(name)) {
        headers.add(new GuestPages.Header(name, value));
      }
    }
    Matcher nonce = NONCE.matcher(String.valueOf(response.getHeader(CSP)));
    return new GuestPages.Page(
        body, headers, nonce.find() ? nonce.group(1) : null, System.nanoTime());
  }

  private static void send(GuestPages.Page page, Locale locale, HttpServletResponse response)
      throws IOException {
    // Before the content type: set later, the locale could otherwise choose the charset.
    response.setLocale(locale);
    for (GuestPages.Header header : page.headers()) {
      if ("Content-Type".equals(header.name())) {
        response.setContentType(header.value());
      } else {
        response.addHeader(header.name(), header.value());
      }
    }
    response.setHeader("Vary", VARY);
    // An answer from a cache says how old it is (RFC 9111): the rendered ones say nothing.
    response.setHeader(
        "Age", Long.toString(Duration.ofNanos(System.nanoTime() - page.renderedAt()).toSeconds()));
    byte[] body = page.body();
    if (page.nonce() != null) {
      String fresh = nonce();
      response.setHeader(CSP, "script-src 'nonce-" + fresh + "'");
      body = withNonce(body, page.nonce(), fresh);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The page with every occurrence of the old nonce replaced by the new one. */
  static byte[] withNonce(byte[] body, String old, String fresh) {
    byte[] from = old.getBytes(StandardCharsets.US_ASCII);
    byte[] to = fresh.getBytes(StandardCharsets.US_ASCII);
    var out = new java.io.ByteArrayOutputStream(body.length + 64);
    int start = 0;
    for (int i = indexOf(body, from, 0); i >= 0; i = indexOf(body, from, start)) {
      out.write(body, start, i - start);
      out.write(to, 0, to.length);
      start = i + from.length;
    }
    out.write(body, start, body.length - start);
    return out.toByteArray();
  }

  private static int indexOf(byte[] body, byte[] part, int from) {
    outer:
    for (int i = from; i <= body.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String nonce() {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
