package org.returnport.loyalty.members.boundary;

import java.time.Instant;
import java.util.List;
import org.returnport.loyalty.ledger.entity.EntryKind;

/**
 * One ledger entry as staff see it: what it did to the balance and to the points on hold, the
 * balance after it, how it explains itself to the member, and, for adjustments, who and why.
 */
public record EntryLine(
    long id,
    Instant at,
    EntryKind kind,
    long points,
    long pendingPoints,
    long balanceAfter,
    String messageKey,
    List<String> messageArgs,
    String source,
    String sourceKey,
    int rulesVersion,
    Instant confirmAfter,
    String actor,
    String reason) {

  public EntryLine {
    messageArgs = List.copyOf(messageArgs);
  }

  /** The arguments as the page's message formatter takes them. */
  public List<Object> arguments() {
    return List.copyOf(messageArgs);
  }
}
