package org.returnport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit;
import org.returnport.web.errors.Messages;

/**
 * Forms anyone can send without signing in — the shopper's return pages and the merchant sign-up —
 * are limited per client address, counted in the database so that the limit holds across servers.
 * Over the limit: 429 with {@code Retry-After} and a short page in the visitor's language; the form
 * is not processed. Only posts count: reading a page costs little and shows nothing secret.
 */
@WebFilter(urlPatterns = {"/s/*", "/signup.xhtml"})
public class PublicRateLimitFilter extends HttpFilter {

  @Inject RateCounters counters;

  @Inject Limits limits;

  @Inject ClientAddress clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    RateLimit limit = path.startsWith("/s/") ? limits.shopperRequests() : limits.signupRequests();
    RateLimit.Decision decision = counters.hit(limit, clients.of(request));
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    tooMany(request, response, decision.retryAfterSeconds());
  }

  /** The answer to a visitor over a limit: a page in their language saying how long to wait. */
  static void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds)
      throws IOException {
    Locale locale = language(request);
    long minutes = Math.max(1, (seconds + 59) / 60);
    String title = Messages.format("error.429.title", List.of(), locale);
    String text = Messages.format("error.429.text", List.of(minutes), locale);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.toLanguageTag()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>"
                + escape(title)
                + "</title></head><body><main data-error=\"429\"><h1>"
                + escape(title)
                + "</h1><p>"
                + escape(text)
                + "</p></main></body></html>");
  }

  private static Locale language(HttpServletRequest request) {
    var wanted = request.getLocales();
    while (wanted.hasMoreElements()) {
      String language = wanted.nextElement().getLanguage();
      if (language.equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (language.equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
