package org.returnport.web.shop.community;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import org.returnport.community.content.SitemapSource;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/sitemap.xml}: the store's public community pages for search engines, from every
 * {@link SitemapSource} (the forum's home, sections and topics; the reviewed products), each
 * address absolute and escaped. The sitemap protocol allows 50,000 addresses a file: each source
 * gives at most its share.
 */
@WebServlet("/shop/sitemap")
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int MAX_URLS = 50_000;

  @Inject @Any Instance<SitemapSource> sources;

  @Inject ShopperStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!store.isPresent()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long count = sources.stream().count();
    int share = (int) Math.max(1, MAX_URLS / Math.max(1, count));
    response.setContentType("application/xml");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    PrintWriter out = response.getWriter();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (SitemapSource source : sources) {
      for (SitemapSource.Entry entry : source.entries(share)) {
        out.write("  <url><loc>");
        out.write(escape(CommunityLinks.absolute(request, store.getBasePath() + entry.path())));
        out.write("</loc>");
        if (entry.lastModified() != null) {
          out.write("<lastmod>");
          out.write(entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
          out.write("</lastmod>");
        }
        out.write("</url>\n");
      }
    }
    out.write("</urlset>\n");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
