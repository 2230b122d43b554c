package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.tenant.boundary.StoreBranding;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.HexColor;
import org.returnport.tenant.entity.LogoImage;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/** {@code /console/branding.xhtml}: name, colours, languages and logo of the store. */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class BrandingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StoreBranding storeBranding;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  @NotBlank
  @Size(max = Tenant.NAME_MAX)
  private String displayName;

  @Pattern(regexp = HexColor.PATTERN, message = "{returnport.color.invalid}")
  private String primaryColor;

  @Pattern(regexp = HexColor.PATTERN, message = "{returnport.color.invalid}")
  private String accentColor;

  @NotEmpty private List<String> languages;

  private transient Part logo;

  private String slug;

  @PostConstruct
  void load() {
    slug = store.getSlug();
    Branding branding = storeBranding.current();
    displayName = branding.displayName();
    primaryColor = branding.primaryColor().value();
    accentColor = branding.accentColor().value();
    // A mutable list: the check box group builds its new value in a list of the same class.
    languages =
        branding.languages().stream()
            .map(Locale::toLanguageTag)
            .collect(Collectors.toCollection(ArrayList::new));
  }

  public void save() {
    try {
      storeBranding.rebrand(
          new Branding(
              displayName,
              HexColor.of(primaryColor),
              HexColor.of(accentColor),
              languages.stream().map(Locale::forLanguageTag).toList()));
      feedback.info("console.branding.saved");
    } catch (RejectedException e) {
      feedback.rejected(e, "branding");
    }
  }

  public void upload() throws IOException {
    if (logo == null) {
      feedback.rejected(new RejectedException("logo", "returnport.logo.empty"), "logoForm");
      return;
    }
    if (logo.getSize() > LogoImage.MAX_BYTES) {
      feedback.rejected(
          new RejectedException("logo", "returnport.logo.tooBig", LogoImage.MAX_BYTES / 1024),
          "logoForm");
      return;
    }
    try (InputStream in = logo.getInputStream()) {
      storeBranding.replaceLogo(in.readAllBytes());
      feedback.info("console.branding.logo.saved");
    } catch (RejectedException e) {
      feedback.rejected(e, "logoForm");
    }
  }

  /** The colour of text on the primary colour (white, or dark when white would not read). */
  public String getPrimaryText() {
    return HexColor.isValid(primaryColor)
        ? HexColor.of(primaryColor).readableText().value()
        : HexColor.WHITE.value();
  }

  /** WCAG contrast of white text on the primary colour, rounded for display; 0 when invalid. */
  public double getContrast() {
    return HexColor.isValid(primaryColor)
        ? Math.round(HexColor.of(primaryColor).contrastWithWhite() * 10) / 10.0
        : 0;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public void setAccentColor(String accentColor) {
    this.accentColor = accentColor;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public String getSlug() {
    return slug;
  }
}
