package org.returnport.community.content;

import java.util.List;

/**
 * Something of the current store's community that search engines should find: the forum (its
 * categories and topics) and the reviews (a page per reviewed product). The store's {@code
 * sitemap.xml} lists what every source gives.
 */
public interface SitemapSource {

  /** A public address below the store's pages, and when what it shows last changed. */
  record Entry(String path, java.time.Instant lastModified) {}

  /** The current store's public pages of this source, newest first, at most {@code limit}. */
  List<Entry> entries(int limit);
}
