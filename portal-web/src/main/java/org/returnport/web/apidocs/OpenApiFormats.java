package org.returnport.web.apidocs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lets {@code /openapi} answer YAML under its own media type. Payara serves the description from a
 * servlet it adds to the application at the context root (this one), and it writes YAML as {@code
 * text/plain}: a caller asking for {@code application/yaml} was refused (406, shown as an HTML
 * error page) and one that got YAML was told it was plain text. This filter asks Payara for its
 * YAML whenever the caller asks for YAML, and labels the answer {@code application/yaml}. JSON
 * ({@code Accept: application/json} or {@code ?format=json}) passes untouched.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiFormats extends HttpFilter {

  static final String YAML = "application/yaml";

  /** The names YAML goes by (RFC 9512 registered application/yaml). */
  private static final Pattern ASKS_FOR_YAML =
      Pattern.compile("(application|text)/(x-)?yaml", Pattern.CASE_INSENSITIVE);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accept = request.getHeader("Accept");
    HttpServletRequest asked =
        accept != null && ASKS_FOR_YAML.matcher(accept).find() ? asPlainText(request) : request;
    chain.doFilter(asked, new YamlLabel(response));
  }

  private static HttpServletRequest asPlainText(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? "text/plain" : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "Accept".equalsIgnoreCase(name)
            ? Collections.enumeration(List.of("text/plain"))
            : super.getHeaders(name);
      }
    };
  }

  /** Payara's text/plain is its YAML: it writes nothing else as text. */
  private static final class YamlLabel extends HttpServletResponseWrapper {

    YamlLabel(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(relabel(type));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
    }

    private static String relabel(String type) {
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain")
          ? YAML + ";charset=UTF-8"
          : type;
    }
  }
}
