package org.returnport.tenant.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** A colour as {@code #rrggbb}; the only form that is written into the tenant's style sheet. */
public record HexColor(String value) {

  public static final String PATTERN = "#[0-9a-fA-F]{6}";
  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  public HexColor {
    if (value == null || !COMPILED.matcher(value).matches()) {
      throw new IllegalArgumentException("not a colour: " + value);
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  public static HexColor of(String value) {
    return new HexColor(value);
  }

  public static boolean isValid(String candidate) {
    return candidate != null && COMPILED.matcher(candidate).matches();
  }

  /**
   * WCAG relative luminance contrast against white, so that a merchant is warned when its primary
   * colour makes white button text unreadable.
   */
  public double contrastWithWhite() {
    double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (luminance + 0.05);
  }

  private double channel(int offset) {
    double c = Integer.parseInt(value.substring(offset, offset + 2), 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
