package org.returnport.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.returnport.tenant.entity.Branding;
import org.returnport.web.tenancy.ShopperStore;

/**
 * The language pages are shown in: the one the visitor chose with the switch, else the browser's
 * preferred language among those offered (on shopper pages, those the store offers), else the
 * store's default or English.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale chosen;

  @Inject ShopperStore store;

  public Locale getLocale() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return resolve(external.getRequestParameterMap().get("lang"), external.getRequestLocales());
  }

  /** The same choice outside a page: the member sign-in, which takes it along to Keycloak. */
  public Locale getLocale(HttpServletRequest request) {
    return resolve(request.getParameter("lang"), request.getLocales().asIterator());
  }

  private Locale resolve(String asked, Iterator<Locale> requested) {
    if (asked != null) {
      choose(asked);
    }
    List<Locale> offered = getOffered();
    if (chosen != null && offered.contains(chosen)) {
      return chosen;
    }
    while (requested.hasNext()) {
      Locale wanted = requested.next();
      for (Locale candidate : offered) {
        if (matches(candidate, wanted)) {
          return candidate;
        }
      }
    }
    return store.isPresent() ? store.getDefaultLanguage() : Locale.ENGLISH;
  }

  public List<Locale> getOffered() {
    return store.isPresent() ? store.getLanguages() : Branding.SUPPORTED_LANGUAGES;
  }

  public String getTag() {
    return getLocale().toLanguageTag();
  }

  /**
   * The link that shows the same page in another language. It keeps what the address carries (a
   * return's signed link, a verification token), so that switching never loses the page.
   */
  public String switchTo(Locale offered) {
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return withLanguage(request.getQueryString(), offered.toLanguageTag());
  }

  static String withLanguage(String query, String tag) {
    StringBuilder link = new StringBuilder("?");
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
          link.append(pair).append('&');
        }
      }
    }
    return link.append("lang=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8)).toString();
  }

  private void choose(String tag) {
    Locale wanted = Locale.forLanguageTag(tag);
    if (Branding.SUPPORTED_LANGUAGES.contains(wanted)) {
      chosen = wanted;
    }
  }

  /** "zh", "zh-CN" and "zh-Hans-CN" all ask for Simplified Chinese; "en-GB" for English. */
  static boolean matches(Locale offered, Locale wanted) {
    if (!offered.getLanguage().equals(wanted.getLanguage())) {
      return false;
    }
    if (offered.getCountry().isEmpty()) {
      return true;
    }
    return wanted.getCountry().isEmpty()
        || offered.getCountry().equals(wanted.getCountry())
        || "Hans".equals(wanted.getScript());
  }
}
