package org.returnport.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An incident the operator declared across all stores; each store holds its own {@link Incident}
 * copy, which acts there. Not owned by any store.
 */
@Entity
@Table(name = "PLATFORM_INCIDENT")
@NamedQuery(
    name = PlatformIncident.FIND_ALL,
    query = "SELECT i FROM PlatformIncident i ORDER BY i.declaredAt DESC, i.id DESC")
public class PlatformIncident extends IncidentRecord {

  public static final String FIND_ALL = "PlatformIncident.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "STORES", nullable = false)
  private int stores;

  protected PlatformIncident() {}

  public PlatformIncident(IncidentTerms terms, String declaredBy, Instant now) {
    super(terms, declaredBy, now);
  }

  /** Counts the stores the incident was declared in. */
  public void declaredIn(int count) {
    this.stores = count;
  }

  public Long getId() {
    return id;
  }

  public int getStores() {
    return stores;
  }
}
