package org.returnport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Which realm role each staff area needs. web.xml only makes these areas ask for a sign-in; this
 * filter then answers "not found" (never "forbidden") to a signed-in user without the role, so that
 * nobody learns which pages exist. What a person may do in one store is decided by that store's
 * staff records (ConsoleTenantFilter). Mapped in web.xml, after the request id.
 */
public class AccessFilter extends HttpFilter {

  static final List<String> STAFF =
      List.of("merchant-admin", "merchant-agent", "warehouse", "moderator");

  /** Longest prefix first: the first match decides. */
  static final List<Map.Entry<String, List<String>>> RULES =
      List.of(Map.entry("/console/", STAFF), Map.entry("/platform/", List.of("platform-admin")));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (Map.Entry<String, List<String>> rule : RULES) {
      if (path.startsWith(rule.getKey())) {
        if (rule.getValue().stream().noneMatch(request::isUserInRole)) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        break;
      }
    }
    chain.doFilter(request, response);
  }
}
