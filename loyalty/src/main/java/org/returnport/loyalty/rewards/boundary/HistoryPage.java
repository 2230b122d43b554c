package org.returnport.loyalty.rewards.boundary;

import java.time.Instant;
import java.util.List;
import org.returnport.loyalty.ledger.entity.EntryKind;

/**
 * One page of a member's ledger, newest first.
 *
 * @param page the page shown, from 1
 * @param pages how many pages there are (at least 1)
 */
public record HistoryPage(List<Entry> entries, int page, int pages, long total) {

  /**
   * How many pages {@code total} entries fill, {@code size} a page; one page when there are none.
   */
  public static int pages(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** The page shown for the one asked: the first below 1, the last past the end. */
  public static int shown(int asked, int pages) {
    return Math.min(Math.max(1, asked), pages);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /**
   * A ledger entry as its member reads it: what it did to the balance and to the points on hold,
   * and its explanation (a message key with its arguments, e.g. the product and the RMA).
   */
  public record Entry(
      long id,
      EntryKind kind,
      long points,
      long pendingPoints,
      String messageKey,
      List<String> messageArgs,
      Instant at,
      Instant confirmAfter) {}
}
