package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.forum.boundary.CategoryView;
import org.returnport.web.errors.Messages;
import org.returnport.web.tenancy.ShopperStore;

/**
 * The community's addresses as links of the page (with the context path and the store's base) and
 * as absolute addresses (canonical links, Open Graph, the sitemap), and the names of sections in
 * the reader's language: the merchant's name, else the translated default of a starter section.
 */
@Named("communityLinks")
@RequestScoped
public class CommunityLinks {

  @Inject ShopperStore store;

  /** A link of the page to an address below the store's pages ({@code community/t/12-x}). */
  public String to(String path) {
    return request().getContextPath() + store.getBasePath() + (path == null ? "" : path);
  }

  /** The absolute address of a path below the store's pages. */
  public String absolute(String path) {
    return absolute(request(), store.getBasePath() + (path == null ? "" : path));
  }

  static String absolute(HttpServletRequest request, String storePath) {
    StringBuilder url = new StringBuilder();
    String scheme = request.getScheme();
    int port = request.getServerPort();
    url.append(scheme).append("://").append(request.getServerName());
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    if (!defaultPort && port > 0) {
      url.append(':').append(port);
    }
    return url.append(request.getContextPath()).append(storePath).toString();
  }

  public String name(CategoryView category) {
    return category.nameIn(locale().toLanguageTag()).orElseGet(() -> starterName(category.code()));
  }

  public String nameOf(CommunityCategory category) {
    return category
        .nameIn(locale().toLanguageTag())
        .orElseGet(() -> starterName(category.getCode()));
  }

  private String starterName(String code) {
    return Messages.format("community.category." + code, List.of(), locale());
  }

  /** The page's language, as the view was built in it (no session is asked). */
  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
