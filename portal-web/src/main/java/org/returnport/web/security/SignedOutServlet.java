package org.returnport.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;
import org.returnport.tenant.entity.Slug;

/**
 * Where Keycloak sends people after signing out: back to the store whose pages they signed out of,
 * else to the start page. The store travels in a short-lived cookie of this path only, and only a
 * well-formed slug is followed, so nobody can send a visitor elsewhere through it.
 */
@WebServlet(SignedOutServlet.PATH)
public class SignedOutServlet extends HttpServlet {

  static final String PATH = "/signed-out";
  private static final String COOKIE = "rp-signed-out-of";
  private static final int MINUTES = 10;

  static Cookie returnTo(HttpServletRequest request, String slug) {
    return cookie(request, slug, MINUTES * 60);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String store =
        Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
            .filter(cookie -> COOKIE.equals(cookie.getName()))
            .map(Cookie::getValue)
            .filter(Slug::isValid)
            .findFirst()
            .orElse(null);
    response.addCookie(cookie(request, "", 0));
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + (store == null ? "/" : "/s/" + store + "/"));
  }

  private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath(request.getContextPath() + PATH);
    cookie.setMaxAge(maxAge);
    cookie.setHttpOnly(true);
    cookie.setSecure(CookieSecurity.isSecure(ConfigProvider.getConfig()));
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
