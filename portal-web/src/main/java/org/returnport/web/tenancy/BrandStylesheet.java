package org.returnport.web.tenancy;

import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.HexColor;

/**
 * A store's colours as the custom properties the one theme reads, with the text colour that stays
 * readable on each (WCAG AA) and the primary colour made readable as text on white. Served as a
 * style sheet of its own, so that the Content-Security-Policy needs no inline styles.
 */
final class BrandStylesheet {

  private BrandStylesheet() {}

  static String of(Branding branding) {
    HexColor primary = branding.primaryColor();
    HexColor accent = branding.accentColor();
    return ":root {\n"
        + property("--rp-primary", primary)
        + property("--rp-on-primary", primary.readableText())
        + property("--rp-primary-text", primary.readableOnWhite())
        + property("--rp-accent", accent)
        + property("--rp-on-accent", accent.readableText())
        + "}\n";
  }

  /** Changes whenever the colours do, so that a style sheet's address can be cached for long. */
  static String version(Branding branding) {
    return branding.primaryColor().value().substring(1)
        + branding.accentColor().value().substring(1);
  }

  private static String property(String name, HexColor colour) {
    return "  " + name + ": " + colour.value() + ";\n";
  }
}
