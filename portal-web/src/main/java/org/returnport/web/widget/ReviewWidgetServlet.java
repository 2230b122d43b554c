package org.returnport.web.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.returnport.community.reviews.boundary.ReviewPage;
import org.returnport.community.reviews.boundary.ReviewQuery;
import org.returnport.community.reviews.boundary.Reviews;
import org.returnport.errors.NotFoundException;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.security.ClientAddress;

/**
 * The reviews widget a store embeds in its own shop: {@code /widget/reviews.js}, {@code
 * /widget/reviews.css} and the public feed {@code /widget/{slug}/reviews/{sku}.json} (the product's
 * rating and its latest published reviews). Read-only and public, so any origin may fetch it (CORS
 * and CORP open on these addresses only); counted per client address like the API, and cached
 * briefly by browsers and proxies. An unknown store or product is 404.
 */
@WebServlet("/widget/*")
public class ReviewWidgetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** How many of the latest reviews the feed carries. */
  static final int LATEST = 10;

  private static final Pattern FEED = Pattern.compile("/([a-z0-9-]+)/reviews/([^/]+)\\.json");

  @Inject transient TenantResolution resolution;

  @Inject transient Reviews reviews;

  @Inject transient RateCounters counters;

  @Inject transient Limits limits;

  @Inject transient ClientAddress clients;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    switch (path) {
      case "/reviews.js" -> file(response, "reviews.js", "text/javascript;charset=UTF-8");
      case "/reviews.css" -> file(response, "reviews.css", "text/css;charset=UTF-8");
      default -> feed(request, response, path);
    }
  }

  private void feed(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    Matcher matcher = FEED.matcher(path);
    if (!matcher.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    RateLimit.Decision decision =
        counters.hit(limits.apiRequests(), "widget:" + clients.of(request));
    if (!decision.allowed()) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
      response.setHeader("Cache-Control", "no-store");
      return;
    }
    Optional<Tenant> tenant = resolution.enterBySlug(matcher.group(1)).filter(Tenant::isActive);
    if (tenant.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = tenant.get().getSlug();
    String sku = matcher.group(2);
    String language = "zh-CN".equalsIgnoreCase(request.getParameter("lang")) ? "zh-CN" : "en";
    ReviewPage page;
    try {
      page = reviews.product(sku, ReviewQuery.newest(), 1, LATEST);
    } catch (NotFoundException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String base = origin(request) + "/s/" + slug + "/reviews/";
    String json =
        ReviewJson.safe(
            ReviewJson.feed(
                slug,
                tenant.get().branding().displayName(),
                page.rating(),
                page.reviews(),
                language,
                base + page.rating().sku(),
                base + "how-we-verify"));
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Vary", "Accept-Encoding");
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private void file(HttpServletResponse response, String name, String type) throws IOException {
    try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/widget/" + name)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      byte[] body = in.readAllBytes();
      response.setHeader("Cache-Control", "public, max-age=3600");
      response.setContentType(type);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * Our own public address (the operator's {@code RETURNPORT_PUBLIC_URL}, else as the visitor
   * reached us), so that the shop's page links back to the product's reviews here.
   */
  public static String origin(HttpServletRequest request) {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("returnport.public-url", String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      return configured.get().strip().replaceAll("/+$", "");
    }
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
