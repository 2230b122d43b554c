package org.returnport.tenant.entity;

import java.util.List;
import java.util.Locale;

/** What a shopper sees of the merchant: its name, colours and the languages it offers. */
public record Branding(
    String displayName, HexColor primaryColor, HexColor accentColor, List<Locale> languages) {

  public static final List<Locale> SUPPORTED_LANGUAGES =
      List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /** A new store's colours; white text reaches WCAG AA on both (8.7:1 and 5.0:1). */
  public static final Branding DEFAULT =
      new Branding(
          "Store", HexColor.of("#1f4e79"), HexColor.of("#b45309"), List.of(Locale.ENGLISH));

  public Branding {
    if (displayName == null || displayName.isBlank() || displayName.length() > Tenant.NAME_MAX) {
      throw new IllegalArgumentException("display name must have 1 to 80 characters");
    }
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("at least one language must be offered");
    }
    if (!SUPPORTED_LANGUAGES.containsAll(languages)) {
      throw new IllegalArgumentException("unsupported language in " + languages);
    }
    displayName = displayName.strip();
    languages = List.copyOf(languages);
  }
}
