package org.returnport.credit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditEntry;
import org.returnport.credit.entity.CreditRedemption;
import org.returnport.credit.entity.EntryKind;
import org.returnport.errors.RejectedException;
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

  /**
   * What a redemption did: the redemption (the earlier one on a replay) and the ledger entry it
   * posted, none on a replay.
   */
  public record Outcome(CreditRedemption redemption, CreditEntry entry, boolean replayed) {}

  private RedemptionRule() {}

  /**
   * Redeems {@code amount} from the account under {@code key}, given what was already done under
   * that key: a replay takes nothing and answers the earlier redemption; another request under a
   * used key, an amount that is not positive, more than the balance, another currency or an expired
   * account are refused, and the account is left as it was. The caller holds the account's lock.
   */
  public static Outcome redeem(
      CreditAccount account,
      Optional<CreditRedemption> earlier,
      String key,
      String normalizedCode,
      Money amount,
      Instant now) {
    String requestHash = requestHash(normalizedCode, amount);
    switch (decide(earlier, requestHash)) {
      case REPLAY:
        return new Outcome(earlier.get(), null, true);
      case CONFLICT:
        throw new RejectedException("Idempotency-Key", "credit.idempotency.conflict");
      default:
        break;
    }
    if (amount.isNegative() || amount.isZero()) {
      throw new RejectedException("amount", "credit.amount.positive");
    }
    CreditEntry entry =
        account.post(
            EntryKind.REDEEM, new Money(amount.amount().negate(), amount.currency()), key, now);
    return new Outcome(new CreditRedemption(key, account, requestHash, amount, now), entry, false);
  }

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
