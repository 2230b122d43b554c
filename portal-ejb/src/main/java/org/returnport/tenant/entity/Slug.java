package org.returnport.tenant.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tenant's address on the platform ({@code /s/{slug}}) and its Keycloak organization alias:
 * lower-case letters and digits, single hyphens between them, 3 to 40 characters, and not a word
 * the platform itself uses.
 */
public record Slug(String value) {

  public static final int MIN = 3;
  public static final int MAX = 40;
  public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
  private static final Pattern COMPILED = Pattern.compile(PATTERN);
  private static final Set<String> RESERVED =
      Set.of(
          "admin",
          "api",
          "app",
          "console",
          "platform",
          "www",
          "static",
          "assets",
          "help",
          "support",
          "login",
          "logout",
          "signup",
          "returnport",
          "health",
          "status");

  public Slug {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid slug: " + value);
    }
  }

  public static boolean isValid(String candidate) {
    return candidate != null
        && candidate.length() >= MIN
        && candidate.length() <= MAX
        && COMPILED.matcher(candidate).matches()
        && !isReserved(candidate);
  }

  public static boolean isReserved(String candidate) {
    return RESERVED.contains(candidate);
  }

  @Override
  public String toString() {
    return value;
  }
}
