package org.returnport.tenant.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour as {@code #rrggbb}; the only form that is written into the tenant's style sheet. It
 * knows the WCAG 2.1 arithmetic, so that text drawn on a merchant's colour, or in it, stays
 * readable whatever the merchant chose.
 */
public record HexColor(String value) {

  public static final String PATTERN = "#[0-9a-fA-F]{6}";
  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  /** WCAG AA for normal-size text. */
  public static final double AA_TEXT = 4.5;

  public static final HexColor WHITE = new HexColor("#ffffff");

  /** The page's own text colour: softer than black, and the first choice on light colours. */
  public static final HexColor NEAR_BLACK = new HexColor("#1b1b1b");

  public static final HexColor BLACK = new HexColor("#000000");

  /** How much of the way to black each step of {@link #readableOnWhite()} goes. */
  private static final double DARKEN_STEP = 0.05;

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

  /** WCAG relative luminance: 0 for black, 1 for white. */
  public double luminance() {
    return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
  }

  /** WCAG contrast ratio between this colour and another, from 1 (none) to 21. */
  public double contrastWith(HexColor other) {
    double lighter = Math.max(luminance(), other.luminance());
    double darker = Math.min(luminance(), other.luminance());
    return (lighter + 0.05) / (darker + 0.05);
  }

  public double contrastWithWhite() {
    return contrastWith(WHITE);
  }

  /**
   * The colour of text (button labels, the header's links) drawn on this colour: white where white
   * reaches AA, otherwise the page's near-black, or black for the few mid-tones where near-black
   * falls just short. One of the three always reaches AA.
   */
  public HexColor readableText() {
    if (contrastWith(WHITE) >= AA_TEXT) {
      return WHITE;
    }
    return contrastWith(NEAR_BLACK) >= AA_TEXT ? NEAR_BLACK : BLACK;
  }

  /**
   * This colour where it is itself the text on a white page (headings, outlined buttons): as it is
   * when it reaches AA on white, otherwise darkened in small steps, keeping its hue, until it does.
   */
  public HexColor readableOnWhite() {
    HexColor candidate = this;
    for (int step = 1; candidate.contrastWith(WHITE) < AA_TEXT; step++) {
      double keep = Math.max(0, 1 - step * DARKEN_STEP);
      candidate = rgb(red() * keep, green() * keep, blue() * keep);
    }
    return candidate;
  }

  private int red() {
    return Integer.parseInt(value.substring(1, 3), 16);
  }

  private int green() {
    return Integer.parseInt(value.substring(3, 5), 16);
  }

  private int blue() {
    return Integer.parseInt(value.substring(5, 7), 16);
  }

  private static HexColor rgb(double red, double green, double blue) {
    return new HexColor(
        String.format(
            Locale.ROOT, "#%02x%02x%02x", Math.round(red), Math.round(green), Math.round(blue)));
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
