package org.returnport.loyalty.members.boundary;

import java.util.List;

/** One page of a member search: page numbers start at 1. */
public record MemberPage(List<MemberPoints> members, int page, int pages, long total) {

  public MemberPage {
    members = List.copyOf(members);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}
