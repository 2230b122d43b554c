package org.returnport.community.forum.boundary;

import java.util.List;

/** A page of a section's topics, pinned ones first, then the most recently active. */
public record CategoryPage(CategoryView category, List<TopicSummary> topics, int page, int pages) {

  public static final int TOPICS_PER_PAGE = 30;

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  public String pagePath(int target) {
    return category.path() + (target > 1 ? "?page=" + target : "");
  }
}
