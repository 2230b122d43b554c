package org.returnport.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * An incident in one store: its returns from the region or with the carrier got more time when it
 * was declared, new returns of its orders get a longer window, its shopper pages show a banner and
 * the automatic expiry of its returns waits while it is on. Declared by the store, or by the
 * operator across stores ({@link #getPlatformIncidentId()}).
 */
@Entity
@Table(name = "INCIDENT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Incident.FIND_ALL,
    query = "SELECT i FROM Incident i ORDER BY i.startsAt DESC, i.id DESC")
@NamedQuery(
    name = Incident.FIND_NOT_OVER,
    query =
        "SELECT i FROM Incident i WHERE i.endsAt > :now"
            + " AND (i.endedAt IS NULL OR i.endedAt > :now) ORDER BY i.startsAt, i.id")
@NamedQuery(
    name = Incident.FIND_BY_PLATFORM_INCIDENT,
    query = "SELECT i FROM Incident i WHERE i.platformIncidentId = :platformIncidentId")
public class Incident extends IncidentRecord {

  public static final String FIND_ALL = "Incident.findAll";
  public static final String FIND_NOT_OVER = "Incident.findNotOver";
  public static final String FIND_BY_PLATFORM_INCIDENT = "Incident.findByPlatformIncident";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "PLATFORM_INCIDENT_ID", updatable = false)
  private Long platformIncidentId;

  @Column(name = "RETURNS_MOVED", nullable = false)
  private int returnsMoved;

  protected Incident() {}

  public Incident(IncidentTerms terms, Long platformIncidentId, String declaredBy, Instant now) {
    super(terms, declaredBy, now);
    this.platformIncidentId = platformIncidentId;
  }

  /** Counts the returns whose deadlines the declaration moved. */
  public void moved(int returns) {
    this.returnsMoved += returns;
  }

  public Long getId() {
    return id;
  }

  public Long getPlatformIncidentId() {
    return platformIncidentId;
  }

  public int getReturnsMoved() {
    return returnsMoved;
  }
}
