package org.returnport.web.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The pages guests read, kept as they were rendered for a short time: the memory of {@link
 * GuestPageCache}. Bounded by the bytes it holds (the least recently read pages go first) and by
 * age. Each store has a generation, which changes of its content move on; a page rendered under an
 * older generation is neither served nor stored, so that a page rendered while a post was being
 * written cannot outlive the post's arrival.
 */
final class GuestPages {

  /**
   * What makes two answers the same: the store (whose content changes move its generation on), its
   * brand as the page shows it (a new logo or colours make new pages at once, on every server), the
   * host, the address with its query, and the language.
   */
  record Key(String store, String brand, String host, String uri, String language) {

    long bytes() {
      return 2L
              * (store.length() + brand.length() + host.length() + uri.length() + language.length())
          + 64;
    }
  }

  /**
   * A stored answer: the page's bytes, the headers it is sent with, the CSP nonce it was rendered
   * with (or null), and when it was rendered ({@link System#nanoTime()}).
   */
  record Page(byte[] body, List<Header> headers, String nonce, long renderedAt) {

    long bytes() {
      long size = body.length + 64;
      for (Header header : headers) {
        size += 2L * (header.name().length() + header.value().length()) + 32;
      }
      return size;
    }
  }

  record Header(String name, String value) {}

  private record Entry(Page page, long storedAt, long generation, long bytes) {}

  private final long maxBytes;
  private final long ttlNanos;
  private final LongSupplier clock;
  private final ToLongFunction<String> generations;
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /**
   * @param maxBytes what the pages together may take at most; a page larger than that is not kept
   * @param ttlNanos how long a page is served after it was rendered
   * @param clock nanoseconds, as {@link System#nanoTime()}
   * @param generations each store's current generation
   */
  GuestPages(long maxBytes, long ttlNanos, LongSupplier clock, ToLongFunction<String> generations) {
    this.maxBytes = maxBytes;
    this.ttlNanos = ttlNanos;
    this.clock = clock;
    this.generations = generations;
  }

  /** The store's current generation: read it before rendering, hand it to {@link #put}. */
  long generation(String store) {
    return generations.applyAsLong(store);
  }

  /** The page if it was stored under the store's current generation and is young enough. */
  synchronized Page get(Key key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (entry.generation != generation(key.store())
        || clock.getAsLong() - entry.storedAt >= ttlNanos) {
      remove(key);
      return null;
    }
    return entry.page;
  }

  /**
   * Keeps the page, unless the store's content changed since {@code generation} was read (the page
   * may show the old content) or it would not fit at all.
   */
  synchronized boolean put(Key key, Page page, long generation) {
    long size = key.bytes() + page.bytes();
    if (size > maxBytes || generation != generation(key.store()) || ttlNanos <= 0) {
      return false;
    }
    remove(key);
    entries.put(key, new Entry(page, clock.getAsLong(), generation, size));
    bytes += size;
    Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().bytes;
      eldest.remove();
    }
    return true;
  }

  synchronized long bytes() {
    return bytes;
  }

  synchronized int size() {
    return entries.size();
  }

  private void remove(Key key) {
    Entry gone = entries.remove(key);
    if (gone != null) {
      bytes -= gone.bytes;
    }
  }
}
