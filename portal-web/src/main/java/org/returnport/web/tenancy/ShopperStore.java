package org.returnport.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.returnport.tenant.entity.Tenant;

/** The store a shopper page is shown for: its name, brand colours (a style sheet) and languages. */
@Named
@RequestScoped
public class ShopperStore {

  private String slug;
  private String name;
  private List<Locale> languages = List.of();
  private Locale defaultLanguage = Locale.ENGLISH;
  private String logoVersion;
  private String stylesheetVersion;

  public void show(Tenant tenant, Optional<String> logoVersion) {
    this.logoVersion = logoVersion.orElse(null);
    var branding = tenant.branding();
    this.slug = tenant.getSlug();
    this.name = branding.displayName();
    this.stylesheetVersion = BrandStylesheet.version(branding);
    this.languages = branding.languages();
    this.defaultLanguage = tenant.getDefaultLanguage();
  }

  public boolean isPresent() {
    return slug != null;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public List<Locale> getLanguages() {
    return languages;
  }

  public Locale getDefaultLanguage() {
    return defaultLanguage;
  }

  public boolean isLogo() {
    return logoVersion != null;
  }

  /** The logo's address, changed whenever the logo changes, so browsers may keep it for long. */
  public String getLogoPath() {
    return "/logo/" + slug + "?v=" + logoVersion.substring(0, 16);
  }

  /** The store's colours as a style sheet, at an address that changes with them. */
  public String getStylesheetPath() {
    return "/brand/" + slug + ".css?v=" + stylesheetVersion;
  }

  public String getBasePath() {
    return "/s/" + slug + "/";
  }
}
