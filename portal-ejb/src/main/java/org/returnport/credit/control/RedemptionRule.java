package org.returnport.credit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.returnport.credit.entity.CreditRedemption;
import org.returnport.money.Money;

/**
 * What a redemption request under an idempotency key means, given what was already done under that
 * key: nothing yet (take the amount now), the same request again (answer as the first time, take
 * nothing), or another request under a used key (refuse it).
 */
public final class RedemptionRule {

  public enum Decision {
    NEW,
    REPLAY,
    CONFLICT
  }

  private RedemptionRule() {}

  public static Decision decide(Optional<CreditRedemption> earlier, String requestHash) {
    if (earlier.isEmpty()) {
      return Decision.NEW;
    }
    return earlier.get().getRequestHash().equals(requestHash) ? Decision.REPLAY : Decision.CONFLICT;
  }

  /** The fingerprint of a request: the code and the amount with its currency. */
  public static String requestHash(String normalizedCode, Money amount) {
    String request =
        normalizedCode
            + "|"
            + amount.amount().stripTrailingZeros().toPlainString()
            + "|"
            + amount.currency();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
