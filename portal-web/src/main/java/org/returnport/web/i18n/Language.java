package org.returnport.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.returnport.tenant.entity.Branding;
import org.returnport.web.tenancy.ShopperStore;

/**
 * The language pages are shown in: the one the visitor chose with the switch, else the browser's
 * preferred language among those offered (on shopper pages, those the store offers), else the
 * store's default or English.
 *
 * <p>The choice lives in a cookie ({@value #COOKIE}), written only when the visitor picks a
 * language, never in a session: a guest reading the shop or its community gets no session at all,
 * so that their pages can be served from the guest page cache and cost the server no memory.
 */
@Named
@RequestScoped
public class Language {

  /** The cookie that remembers the language picked with the switch. */
  public static final String COOKIE = "rp-lang";

  /** The address parameter the switch's links carry. */
  static final String PARAMETER = "lang";

  /** A choice outlives the visit, as a shopper expects from a shop. */
  static final Duration KEPT = Duration.ofDays(365);

  @Inject ShopperStore store;

  private Locale resolved;

  public Locale getLocale() {
    if (resolved == null) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      var request = (HttpServletRequest) external.getRequest();
      Optional<Locale> picked = supported(request.getParameter(PARAMETER));
      picked.ifPresent(
          locale -> remember((HttpServletResponse) external.getResponse(), request, locale));
      resolved = resolve(picked.or(() -> fromCookie(request)), request.getLocales().asIterator());
    }
    return resolved;
  }

  /**
   * The same choice outside a page, without writing anything: the member sign-in, which takes it
   * along to Keycloak, and the guest page cache, which keys pages by it.
   */
  public Locale getLocale(HttpServletRequest request) {
    return resolve(
        supported(request.getParameter(PARAMETER)).or(() -> fromCookie(request)),
        request.getLocales().asIterator());
  }

  private Locale resolve(Optional<Locale> chosen, Iterator<Locale> requested) {
    List<Locale> offered = getOffered();
    if (chosen.isPresent() && offered.contains(chosen.get())) {
      return chosen.get();
    }
    while (requested.hasNext()) {
      Locale wanted = requested.next();
      for (Locale candidate : offered) {
        if (matches(candidate, wanted)) {
          return candidate;
        }
      }
    }
    return store.isPresent() ? store.getDefaultLanguage() : Locale.ENGLISH;
  }

  public List<Locale> getOffered() {
    return store.isPresent() ? store.getLanguages() : Branding.SUPPORTED_LANGUAGES;
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }

  /**
   * The link that shows the same page in another language. It keeps what the address carries (a
   * return's signed link, a verification token), so that switching never loses the page.
   */
  public String switchTo(Locale offered) {
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return withLanguage(request.getQueryString(), offered.toLanguageTag());
  }

  static String withLanguage(String query, String tag) {
    StringBuilder link = new StringBuilder("?");
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
          link.append(pair).append('&');
        }
      }
    }
    return link.append("lang=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8)).toString();
  }

  /**
   * For every page of the application (the switch is on all of them), not sent from other sites'
   * pages; Secure behind TLS and out of scripts' reach like every cookie (SecurityHeadersFilter).
   */
  static Cookie cookie(String contextPath, Locale locale) {
    Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
    cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
    cookie.setMaxAge((int) KEPT.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  private static void remember(
      HttpServletResponse response, HttpServletRequest request, Locale locale) {
    if (!fromCookie(request).equals(Optional.of(locale)) && !response.isCommitted()) {
      response.addCookie(cookie(request.getContextPath(), locale));
    }
  }

  static Optional<Locale> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .findFirst()
        .flatMap(cookie -> supported(cookie.getValue()));
  }

  /** Only the languages the product speaks are taken from an address or a cookie. */
  static Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    Locale wanted = Locale.forLanguageTag(tag.strip());
    return Branding.SUPPORTED_LANGUAGES.contains(wanted) ? Optional.of(wanted) : Optional.empty();
  }

  /** "zh", "zh-CN" and "zh-Hans-CN" all ask for Simplified Chinese; "en-GB" for English. */
  static boolean matches(Locale offered, Locale wanted) {
    if (!offered.getLanguage().equals(wanted.getLanguage())) {
      return false;
    }
    if (offered.getCountry().isEmpty()) {
      return true;
    }
    return wanted.getCountry().isEmpty()
        || offered.getCountry().equals(wanted.getCountry())
        || "Hans".equals(wanted.getScript());
  }
}
