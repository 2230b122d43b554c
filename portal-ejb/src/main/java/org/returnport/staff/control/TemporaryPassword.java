package org.returnport.staff.control;

import java.security.SecureRandom;

/**
 * A first password for an invited colleague: 16 letters and digits without the look-alikes (0/O,
 * 1/l/I), so it can be read out or typed from a message.
 */
public final class TemporaryPassword {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPassword() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
