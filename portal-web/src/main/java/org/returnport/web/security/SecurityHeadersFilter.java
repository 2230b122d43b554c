package org.returnport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts the browser-side protections on every response, pages, errors, files and the API alike: the
 * Content-Security-Policy (with PrimeFaces' nonce on pages), no framing, no content sniffing, no
 * address in the Referer beyond our origin, and cookies that scripts cannot read and that travel
 * only over TLS when the portal's public address is https. Mapped in web.xml for requests and error
 * pages, right after the request id.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The policy of a file members uploaded (a photo): nothing in it may load or run anything, even
   * when it is opened on its own. Kept as it is, where any other policy becomes ours.
   */
  public static final String FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

  private transient ContentSecurityPolicy policy;
  private boolean secureCookies;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    var settings = ConfigProvider.getConfig();
    policy =
        ContentSecurityPolicy.allowingFormsTo(
            URI.create(settings.getValue("returnport.keycloak.url", String.class)));
    secureCookies = CookieSecurity.isSecure(settings);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(ContentSecurityPolicy.HEADER, policy.withoutNonce());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // The status page's link carries a token until the page moves it into a cookie; even so,
    // no other site ever learns more of an address than our origin.
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    chain.doFilter(request, new Protected(response));
  }

  /**
   * Lets PrimeFaces' policy through only as ours with its nonce (two policies would both apply, and
   * the stricter one would block PrimeFaces' scripts), and hardens every cookie the application
   * sets.
   */
  private final class Protected extends HttpServletResponseWrapper {

    Protected(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(
          name, isPolicy(name) && !FILE_POLICY.equals(value) ? policy.replacing(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (isPolicy(name)) {
        super.setHeader(name, policy.replacing(value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setHttpOnly(true);
      if (secureCookies) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }

    private boolean isPolicy(String name) {
      return ContentSecurityPolicy.HEADER.equalsIgnoreCase(name);
    }
  }
}
