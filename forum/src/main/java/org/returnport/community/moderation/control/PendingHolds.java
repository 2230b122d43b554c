package org.returnport.community.moderation.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returnport.community.moderation.entity.QueueItem.HoldReason;

/**
 * Why {@link Gatekeeper#admit} held a member's item, kept until {@link Gatekeeper#held} queues it
 * in the same transaction (the item gets its id in between, so the reasons cannot travel with it).
 */
@TransactionScoped
public class PendingHolds implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The reasons, and the filter word that matched if one did. */
  public record Hold(List<HoldReason> reasons, String matchedWord) implements Serializable {}

  private final Map<Long, Hold> byAuthor = new HashMap<>();

  public void put(long authorMemberId, Hold hold) {
    byAuthor.put(authorMemberId, hold);
  }

  /** The reasons of the author's last held item in this transaction, taken out. */
  public Hold take(long authorMemberId) {
    Hold hold = byAuthor.remove(authorMemberId);
    return hold == null ? new Hold(List.of(HoldReason.NEW_MEMBER), null) : hold;
  }
}
