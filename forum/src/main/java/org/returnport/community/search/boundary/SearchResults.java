package org.returnport.community.search.boundary;

import java.util.List;

/** A page of results, best first, and whether another page follows. */
public record SearchResults(String query, int page, boolean hasNext, List<SearchHit> hits) {

  public boolean hasPrevious() {
    return page > 1;
  }
}
