package org.returnport.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.content.ContentChanged;
import org.returnport.events.IncidentDeclared;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.tenancy.CurrentTenant;

/**
 * The memory of the guest page cache, one per server: at most {@code RETURNPORT_CACHE_GUEST_BYTES}
 * of pages, each served for {@code RETURNPORT_CACHE_GUEST_TTL} at most. A store's pages go stale at
 * once on this server when its community content changes, when a post is marked helpful and when an
 * incident is declared (its banner is on every shopper page); other servers notice within the time
 * to live.
 */
@ApplicationScoped
public class GuestPageStore {

  @Inject
  @ConfigProperty(name = "returnport.cache.guest.ttl", defaultValue = "PT2S")
  String ttl;

  @Inject
  @ConfigProperty(name = "returnport.cache.guest.bytes", defaultValue = "33554432")
  long maxBytes;

  @Inject CurrentTenant currentTenant;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private GuestPages pages;

  @PostConstruct
  void start() {
    pages = new GuestPages(maxBytes, Duration.parse(ttl).toNanos(), System::nanoTime);
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

  void contentChanged(@Observes ContentChanged changed) {
    currentTenant
        .get()
        .map(CurrentTenant.TenantRef::slug)
        .ifPresentOrElse(this::changed, pages::changedEverywhere);
  }

  void markedHelpful(@Observes PostMarkedHelpful marked) {
    changed(marked.tenant().slug());
  }

  void incidentDeclared(@Observes IncidentDeclared declared) {
    changed(declared.tenant().slug());
  }

  /**
   * Stale now, so that no page rendered before the change is kept; and stale again once the change
   * is committed, so that no page rendered while it was under way is kept either (such a page still
   * showed the old content).
   */
  private void changed(String store) {
    pages.changed(store);
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Until the commit, guests cannot see the change: only its end matters.
            }

            @Override
            public void afterCompletion(int status) {
              pages.changed(store);
            }
          });
    }
  }
}
