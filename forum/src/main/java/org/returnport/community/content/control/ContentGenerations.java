package org.returnport.community.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.returnport.community.content.ContentChanged;
import org.returnport.events.IncidentDeclared;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.tenancy.CurrentTenant;

/**
 * A number per store that moves on whenever what guests see of the store changes: a post or review
 * published, edited, hidden or deleted ({@link ContentChanged}), a post marked helpful, an incident
 * declared (its banner is on every shopper page). The guest page cache keeps a page only under the
 * number it was rendered with, so a change makes the store's cached pages stale at once on this
 * server. Each change is counted twice: at once, so that no page rendered before it is kept, and
 * when its transaction has ended, so that no page rendered while it was under way (still showing
 * the old content) is kept either. It lives here, beside the events it observes: events fired in
 * the EJB modules do not reach observers in the web module.
 */
@ApplicationScoped
public class ContentGenerations {

  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

  @Inject CurrentTenant currentTenant;

  /** The store's current number: read it before rendering a page, compare it before keeping it. */
  public long generation(String store) {
    return counter(store).get();
  }

  void contentChanged(@Observes ContentChanged changed) {
    changedInCurrentStore();
  }

  void contentChangedAndEnded(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) ContentChanged changed) {
    changedInCurrentStore();
  }

  void markedHelpful(@Observes PostMarkedHelpful marked) {
    changed(marked.tenant().slug());
  }

  void markedHelpfulAndEnded(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) PostMarkedHelpful marked) {
    changed(marked.tenant().slug());
  }

  void incidentDeclared(@Observes IncidentDeclared declared) {
    changed(declared.tenant().slug());
  }

  void incidentDeclaredAndEnded(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) IncidentDeclared declared) {
    changed(declared.tenant().slug());
  }

  private void changedInCurrentStore() {
    currentTenant
        .get()
        .map(CurrentTenant.TenantRef::slug)
        .ifPresentOrElse(this::changed, this::changedEverywhere);
  }

  void changed(String store) {
    counter(store).incrementAndGet();
  }

  /** For a change whose store is not known. */
  void changedEverywhere() {
    generations.values().forEach(AtomicLong::incrementAndGet);
  }

  private AtomicLong counter(String store) {
    return generations.computeIfAbsent(store, s -> new AtomicLong());
  }
}
