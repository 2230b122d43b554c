package org.returnport.web.apidocs;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The browsable API page at {@code /api/docs/}: Swagger UI from its webjar (no CDN) over the
 * OpenAPI description at {@code /openapi}. The page has no inline script or style, so it works
 * under a Content-Security-Policy of {@code script-src 'self'}: Swagger UI is started by a file of
 * our own. Only the files the page uses are served, each with its type.
 */
@WebServlet(urlPatterns = {"/api/docs", "/api/docs/*"})
public class ApiDocsServlet extends HttpServlet {

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String OWN = "org/returnport/web/apidocs/";

  /** Our page, its start script and its style; they change with every deployment. */
  private static final Map<String, String> OWN_FILES =
      Map.of(
          "index.html", "text/html;charset=UTF-8",
          "api-docs.js", "text/javascript;charset=UTF-8",
          "api-docs.css", "text/css;charset=UTF-8");

  /** Swagger UI's files; a new version has a new webjar, so they may be cached for a day. */
  private static final Map<String, String> WEBJAR_FILES =
      Map.of(
          "swagger-ui-bundle.js", "text/javascript;charset=UTF-8",
          "swagger-ui.css", "text/css;charset=UTF-8",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private final String webjarVersion = webjarVersion();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.sendRedirect(request.getContextPath() + "/api/docs/");
      return;
    }
    String name = path.equals("/") ? "index.html" : path.substring(1);
    if (OWN_FILES.containsKey(name)) {
      response.setHeader("Cache-Control", "no-cache");
      send(OWN + name, OWN_FILES.get(name), response);
    } else if (WEBJAR_FILES.containsKey(name)) {
      response.setHeader("Cache-Control", "public, max-age=86400");
      send(WEBJAR + webjarVersion + "/" + name, WEBJAR_FILES.get(name), response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void send(String resource, String type, HttpServletResponse response)
      throws IOException {
    try (InputStream in = ApiDocsServlet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(type);
      in.transferTo(response.getOutputStream());
    }
  }

  /** The webjar names its version in its folders; its Maven properties say which it is. */
  private static String webjarVersion() {
    Properties pom = new Properties();
    try (InputStream in =
        ApiDocsServlet.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is missing from the application");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }
}
