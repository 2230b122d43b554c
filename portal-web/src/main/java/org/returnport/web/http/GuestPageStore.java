package org.returnport.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.content.control.ContentGenerations;

/**
 * The memory of the guest page cache, one per server: at most {@code RETURNPORT_CACHE_GUEST_BYTES}
 * of pages, each served for {@code RETURNPORT_CACHE_GUEST_TTL} at most. A store's pages go stale at
 * once on this server when what guests see of it changes ({@link ContentGenerations}); other
 * servers notice within the time to live.
 */
@ApplicationScoped
public class GuestPageStore {

  @Inject
  @ConfigProperty(name = "returnport.cache.guest.ttl", defaultValue = "PT2S")
  String ttl;

  @Inject
  @ConfigProperty(name = "returnport.cache.guest.bytes", defaultValue = "33554432")
  long maxBytes;

  @Inject ContentGenerations generations;

  private GuestPages pages;

  @PostConstruct
  void start() {
    pages =
        new GuestPages(
            maxBytes, Duration.parse(ttl).toNanos(), System::nanoTime, generations::generation);
  }

  long generation(String store) {
    return pages.generation(store);
  }

  GuestPages.Page get(GuestPages.Key key) {
    return pages.get(key);
  }

  void put(GuestPages.Key key, GuestPages.Page page, long generation) {
    pages.put(key, page, generation);
  }

  /** No single page may take more than a quarter of the memory. */
  int largestPage() {
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes / 4));
  }
}
