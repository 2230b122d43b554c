package org.returnport.web.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's X-Request-Id when it is a plain token, a new one
 * otherwise), answers it in the response and puts it into the name of the thread serving the
 * request. Payara writes the thread name into every log line, so each line of a request carries its
 * id, and the tenant once one is entered (see CurrentTenant). Mapped first in web.xml.
 */
public class RequestIdFilter extends HttpFilter {

  static final String HEADER = "X-Request-Id";
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{8,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String given = request.getHeader(HEADER);
    String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
    response.setHeader(HEADER, id);
    Thread thread = Thread.currentThread();
    String original = thread.getName();
    thread.setName(original + " req=" + id);
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setName(original);
    }
  }

  private static String newId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
