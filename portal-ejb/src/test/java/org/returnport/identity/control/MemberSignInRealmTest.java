package org.returnport.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** An operator is told exactly which realm settings member sign-in still lacks. */
class MemberSignInRealmTest {

  @Test
  void aRealmSetUpForMembersLacksNothing() {
    JsonObject realm =
        Json.createObjectBuilder()
            .add("loginTheme", "returnport")
            .add("registrationAllowed", true)
            .add("registrationEmailAsUsername", true)
            .add(
                "passwordPolicy",
                "length(12) and maxLength(128) and notUsername(undefined) and notEmail(undefined)")
            .build();

    assertThat(MemberSignInRealm.gaps(realm)).isEmpty();
  }

  @Test
  void aRealmFromBeforeMemberSignInLacksTheThemeSignUpAndPasswordRules() {
    JsonObject realm =
        Json.createObjectBuilder()
            .add("registrationAllowed", false)
            .add("registrationEmailAsUsername", true)
            .add("passwordPolicy", "length(10)")
            .build();

    assertThat(MemberSignInRealm.gaps(realm))
        .containsExactly(
            "Realm settings > Themes > Login theme: returnport",
            "Realm settings > Login > User registration: on",
            "Authentication > Policies > Password policy: add maxLength, notEmail, notUsername");
  }

  @Test
  void anotherLoginThemeIsAGap() {
    JsonObject realm =
        Json.createObjectBuilder()
            .add("loginTheme", "keycloak.v2")
            .add("registrationAllowed", true)
            .add("registrationEmailAsUsername", false)
            .add("passwordPolicy", "length(10) and maxLength(128) and notUsername and notEmail")
            .build();

    assertThat(MemberSignInRealm.gaps(realm))
        .containsExactly(
            "Realm settings > Themes > Login theme: returnport",
            "Realm settings > Login > Email as username: on");
  }
}
