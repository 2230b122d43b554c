package org.returnport.identity.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What member sign-in needs of the Keycloak realm. Keycloak takes the realm file only when it
 * creates the realm, so a realm created before member sign-in keeps Keycloak's own pages and lets
 * nobody sign up until an operator sets these.
 */
public final class MemberSignInRealm {

  static final String LOGIN_THEME = "returnport";
  static final Set<String> PASSWORD_RULES =
      Set.of("length", "maxLength", "notUsername", "notEmail");

  private MemberSignInRealm() {}

  /**
   * The settings the realm lacks, each as an operator finds it in Keycloak's admin console; empty
   * when member sign-in has all it needs.
   */
  public static List<String> gaps(JsonObject realm) {
    List<String> gaps = new ArrayList<>();
    if (!LOGIN_THEME.equals(realm.getString("loginTheme", ""))) {
      gaps.add("Realm settings > Themes > Login theme: " + LOGIN_THEME);
    }
    if (!realm.getBoolean("registrationAllowed", false)) {
      gaps.add("Realm settings > Login > User registration: on");
    }
    if (!realm.getBoolean("registrationEmailAsUsername", false)) {
      gaps.add("Realm settings > Login > Email as username: on");
    }
    Set<String> missing = new TreeSet<>(PASSWORD_RULES);
    missing.removeAll(passwordRules(realm.getString("passwordPolicy", "")));
    if (!missing.isEmpty()) {
      gaps.add("Authentication > Policies > Password policy: add " + String.join(", ", missing));
    }
    return gaps;
  }

  /** The rule names of a policy such as {@code length(10) and notEmail(undefined)}. */
  private static Set<String> passwordRules(String policy) {
    Set<String> rules = new TreeSet<>();
    Arrays.stream(policy.split("\\band\\b"))
        .map(String::strip)
        .filter(rule -> !rule.isEmpty())
        .map(rule -> rule.contains("(") ? rule.substring(0, rule.indexOf('(')).strip() : rule)
        .forEach(rules::add);
    return rules;
  }
}
