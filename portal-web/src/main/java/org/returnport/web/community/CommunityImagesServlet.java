package org.returnport.web.community;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.community.content.boundary.CommunityImages;
import org.returnport.community.content.entity.CommunityImage;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.web.errors.Messages;
import org.returnport.web.i18n.Language;
import org.returnport.web.security.SecurityHeadersFilter;
import org.returnport.web.tenancy.ShopPages;

/**
 * The community's photos, reached through the store's address (the shopper filter forwards here
 * with the store entered):
 *
 * <ul>
 *   <li>{@code POST /s/{slug}/community/images} (members; a multipart form with the part {@code
 *       file}, sent by {@code community-editor.js}) keeps a photo for the signed-in member and
 *       answers {@code 201} with {@code {"id", "url", "markdown"}}; a refusal is a problem in the
 *       visitor's language ({@code {"title", "detail", "status"}}) and keeps nothing. The upload's
 *       size is checked before it is read: the store's servlet ({@code ShopPageServlet}) lets
 *       nothing above 6 MB through, and this one nothing above 5 MB.
 *   <li>{@code GET /s/{slug}/community/images/{id}-{token}.{ext}} serves the bytes with the type
 *       read from them at upload, for a year (the address never changes its content), and a policy
 *       that lets nothing in the file run. Any other address, another store's photo or a wrong
 *       token is 404.
 * </ul>
 *
 * <p>Forms posted with a page's JSF state are protected by it; this address has no page state, so
 * an upload must come from a script of our own origin: it must carry {@code X-Requested-With:
 * XMLHttpRequest}, which another site cannot add without a CORS preflight that we never allow, and,
 * where the browser says where a request comes from ({@code Sec-Fetch-Site}), come from our origin.
 */
@WebServlet("/shop/community/images")
public class CommunityImagesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String SCRIPT_HEADER = "X-Requested-With";
  static final String SCRIPT_VALUE = "XMLHttpRequest";
  static final String FILE_PART = "file";

  @Inject transient CommunityImages images;

  @Inject transient OpenIdContext openId;

  @Inject transient Caller caller;

  @Inject transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object rest = request.getAttribute(ShopPages.PAGE_REST);
    Optional<CommunityImage> found = rest == null ? Optional.empty() : images.find(rest.toString());
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CommunityImage image = found.get();
    String etag = "\"" + image.getId() + "\"";
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", SecurityHeadersFilter.FILE_POLICY);
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"" + rest.toString().substring(rest.toString().indexOf('-') + 1) + "\"");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] content = image.getContent();
    response.setContentType(image.getType().mediaType());
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = language.getLocale(new WithoutParameters(request));
    response.setHeader("Cache-Control", "no-store");
    if (request.getAttribute(ShopPages.PAGE_REST) != null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    if (!SCRIPT_VALUE.equals(request.getHeader(SCRIPT_HEADER))
        || (site != null && !site.equals("same-origin"))) {
      problem(response, 403, "community.content.image.forbidden", List.of(), locale);
      return;
    }
    if (request.getUserPrincipal() == null || openId.getSubject() == null) {
      problem(response, 401, "community.content.image.signIn", List.of(), locale);
      return;
    }
    caller.actAsPerson(openId.getSubject(), request.getUserPrincipal().getName());
    Optional<Part> part;
    try {
      part = Optional.ofNullable(request.getPart(FILE_PART)).filter(p -> p.getSize() > 0);
    } catch (IllegalStateException tooLarge) {
      tooBig(response, locale);
      return;
    } catch (ServletException notMultipart) {
      part = Optional.empty();
    }
    if (part.isEmpty()) {
      problem(response, 400, "community.content.image.missing", List.of(), locale);
      return;
    }
    if (part.get().getSize() > ReturnPhotoFile.MAX_BYTES) {
      tooBig(response, locale);
      return;
    }
    byte[] upload;
    try (InputStream in = part.get().getInputStream()) {
      upload = in.readAllBytes();
    }
    try {
      CommunityImages.Stored stored = store(upload);
      String alt = Messages.format("community.content.image.alt", List.of(), locale);
      String url = request.getContextPath() + stored.address();
      response.setStatus(HttpServletResponse.SC_CREATED);
      response.setHeader("Location", url);
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("id", stored.id())
                  .add("url", url)
                  .add("markdown", "![" + alt + "](" + stored.address() + ")")
                  .build()
                  .toString());
    } catch (RejectedException e) {
      int status = e.messageKey().equals("returnport.photo.tooBig") ? 413 : 422;
      problem(response, status, e.messageKey(), e.arguments(), locale);
    } catch (TooManyRequestsException e) {
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      problem(response, 429, e.messageKey(), List.of(e.retryAfterMinutes()), locale);
    }
  }

  /**
   * Keeps the upload. The forum's beans get the kernel's refusals wrapped as system exceptions (the
   * container of that module does not read the {@code @ApplicationException} of classes in another
   * EJB module); unwrapped here, they are answered as the refusals they are. The transaction was
   * rolled back either way, so nothing was kept.
   */
  private CommunityImages.Stored store(byte[] upload) {
    try {
      return images.store(upload);
    } catch (EJBException e) {
      if (e.getCause() instanceof RejectedException refused) {
        throw refused;
      }
      if (e.getCause() instanceof TooManyRequestsException tooMany) {
        throw tooMany;
      }
      throw e;
    }
  }

  private static void tooBig(HttpServletResponse response, Locale locale) throws IOException {
    problem(
        response,
        413,
        "returnport.photo.tooBig",
        List.of(ReturnPhotoFile.MAX_BYTES / 1024 / 1024),
        locale);
  }

  /** A refusal as a problem (RFC 9457): what happened as the title, why as the detail. */
  private static void problem(
      HttpServletResponse response, int status, String key, List<?> arguments, Locale locale)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.setHeader("Content-Language", locale.toLanguageTag());
    byte[] body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", Messages.format("community.content.image.title", List.of(), locale))
            .add("detail", Messages.format(key, arguments, locale))
            .add("status", status)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * The request as the language choice sees it: without its parameters, which would make the
   * container read a multipart body (and refuse one that is too large) before its size was looked
   * at. The visitor's chosen language is kept in the session anyway.
   */
  private static final class WithoutParameters extends HttpServletRequestWrapper {

    WithoutParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }
  }
}
