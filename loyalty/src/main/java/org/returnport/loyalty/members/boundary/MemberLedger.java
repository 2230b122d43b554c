package org.returnport.loyalty.members.boundary;

import java.util.List;

/**
 * A member with one page of their ledger, newest first. {@code addsUp} says whether the kept
 * balance and pending points equal the sums of all the member's entries, as they always should.
 */
public record MemberLedger(
    MemberPoints member, List<EntryLine> entries, int page, int pages, boolean addsUp) {

  public MemberLedger {
    entries = List.copyOf(entries);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}
