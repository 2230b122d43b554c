package org.returnport.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Sends text (pages, style sheets, scripts, JSON) gzip-compressed to clients that accept it: a
 * shopper's phone otherwise downloads PrimeFaces' theme, some 200 KB, as it is. Done here rather
 * than in the server's listener so that it holds alike under the run command, the tests and the
 * container image. Mapped in web.xml for requests and error pages.
 */
public class CompressionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(CompressingResponse.class.getName()) != null) {
      chain.doFilter(request, response); // an error page inside a request already compressing
      return;
    }
    CompressingResponse compressing = new CompressingResponse(response, acceptsGzip(request));
    request.setAttribute(CompressingResponse.class.getName(), compressing);
    try {
      chain.doFilter(request, compressing);
    } finally {
      request.removeAttribute(CompressingResponse.class.getName());
    }
    compressing.finish();
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    if ("HEAD".equals(request.getMethod()) || request.getHeader("Range") != null) {
      return false;
    }
    var accepted = request.getHeaders("Accept-Encoding");
    while (accepted != null && accepted.hasMoreElements()) {
      for (String coding : accepted.nextElement().split(",")) {
        String[] parts = coding.strip().toLowerCase(Locale.ROOT).split(";");
        if ((parts[0].strip().equals("gzip") || parts[0].strip().equals("*"))
            && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
          return true;
        }
      }
    }
    return false;
  }
}
