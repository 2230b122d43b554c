package org.returnport.web.shop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.returnport.returns.entity.RmaNumber;

/**
 * Where a return's signed token lives once its e-mailed link has been opened: a cookie for that
 * return, sent only to its store's pages (the status page and the papers), never readable by
 * scripts and not sent along from other sites' pages. The token thus leaves the address bar, the
 * history and any Referer after the first visit; the e-mailed link keeps working and sets it again.
 */
final class StatusLinkCookie {

  /** Long enough to follow a return from request to refund. */
  static final Duration KEPT = Duration.ofDays(60);

  private static final String PREFIX = "rp_return_";

  private StatusLinkCookie() {}

  /** The token of the given return that this browser holds for the store's pages. */
  static Optional<String> read(HttpServletRequest request, String rma) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null || !RmaNumber.isValid(rma)) {
      return Optional.empty();
    }
    String name = name(rma);
    return Arrays.stream(cookies)
        .filter(cookie -> cookie.getName().equals(name))
        .map(Cookie::getValue)
        .findFirst();
  }

  static void give(
      HttpServletRequest request,
      HttpServletResponse response,
      String storePath,
      String rma,
      String token) {
    Cookie cookie = new Cookie(name(rma), token);
    cookie.setPath(request.getContextPath() + storePath);
    cookie.setMaxAge((int) KEPT.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  /** The RMA as the cookie's name carries it: one cookie per return. */
  static String canonical(String rma) {
    return rma.strip().toUpperCase(Locale.ROOT);
  }

  private static String name(String rma) {
    return PREFIX + canonical(rma);
  }
}
