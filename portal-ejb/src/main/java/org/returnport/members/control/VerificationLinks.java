package org.returnport.members.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.returnport.identity.control.LinkSignatures;
import org.returnport.values.EmailAddress;

/**
 * The token of the link that proves a member's address: it names the store, the Keycloak account,
 * the address the account had when the link was sent, and when it expires, so that it works only
 * for that account and address, in that store, for {@link #VALID_FOR}.
 */
@Dependent
public class VerificationLinks {

  public static final Duration VALID_FOR = Duration.ofHours(48);

  private static final String PURPOSE = "member-address";

  @Inject LinkSignatures signatures;

  public String token(String store, String userId, EmailAddress email, Instant now) {
    long expires = now.plus(VALID_FOR).getEpochSecond();
    return expires + "." + signatures.sign(PURPOSE, store, userId, email.value(), expires);
  }

  public boolean isValid(
      String token, String store, String userId, EmailAddress email, Instant now) {
    if (token == null || !token.matches("[0-9]{1,12}\\.[A-Za-z0-9_-]{43}")) {
      return false;
    }
    int dot = token.indexOf('.');
    long expires = Long.parseLong(token.substring(0, dot));
    return now.getEpochSecond() < expires
        && signatures.matches(
            token.substring(dot + 1), PURPOSE, store, userId, email.value(), expires);
  }
}
