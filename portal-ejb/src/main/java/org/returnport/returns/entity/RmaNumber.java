package org.returnport.returns.entity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A return's number, as the shopper writes it on the parcel: "RMA-" and eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), drawn at random so that numbers reveal nothing
 * about a store's volume.
 */
public record RmaNumber(String value) {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Pattern FORMAT = Pattern.compile("RMA-[" + ALPHABET + "]{8}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public RmaNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not an RMA number: " + value);
    }
  }

  public static RmaNumber next() {
    StringBuilder text = new StringBuilder("RMA-");
    for (int i = 0; i < 8; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new RmaNumber(text.toString());
  }

  /** Reads what a person typed: case and surrounding spaces do not matter. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase()).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
