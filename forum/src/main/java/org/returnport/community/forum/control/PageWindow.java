package org.returnport.community.forum.control;

/**
 * One page of a topic, as a range of post numbers: page {@code n} holds numbers {@code (n-1)*20+1}
 * to {@code n*20}, so reading any page of a long topic is one range read of an index, never a scan
 * past the pages before it. A page asked for beyond the last shows the last; below 1, the first.
 */
public record PageWindow(int page, int pages, int firstNumber, int lastNumber) {

  public static final int POSTS_PER_PAGE = 20;

  public static PageWindow of(int lastNumber, int asked) {
    int pages = Math.max(1, (Math.max(0, lastNumber) + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
    int page = Math.min(Math.max(1, asked), pages);
    int first = (page - 1) * POSTS_PER_PAGE + 1;
    return new PageWindow(page, pages, first, first + POSTS_PER_PAGE - 1);
  }

  /** The page on which a post of this number is shown. */
  public static int pageOf(int number) {
    return Math.max(0, number - 1) / POSTS_PER_PAGE + 1;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}
