package org.returnport.parcels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Work with a carrier that has to happen once the change asking for it commits: book a parcel,
 * cancel it, or read its tracking (again and again until it arrives). Platform-level like the
 * outbox (one worker serves every store), it names its store by slug. Written here, in the caller's
 * transaction; claimed and finished by {@code CarrierTasks} with plain SQL.
 */
@Entity
@Table(name = "PARCEL_WORK")
public class CarrierTask {

  /** What to do with the carrier. */
  public enum Kind {
    BOOK,
    CANCEL,
    POLL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "TENANT_SLUG", nullable = false, updatable = false, length = 63)
  private String tenantSlug;

  @Column(name = "PARCEL_ID", nullable = false, updatable = false)
  private long parcelId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 10)
  private Kind kind;

  @Column(name = "DUE_AT", nullable = false)
  private Instant dueAt;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "LAST_ERROR", length = 500)
  private String lastError;

  @Column(name = "DONE_AT")
  private Instant doneAt;

  protected CarrierTask() {}

  public CarrierTask(String tenantSlug, long parcelId, Kind kind, Instant dueAt) {
    this.tenantSlug = tenantSlug;
    this.parcelId = parcelId;
    this.kind = kind;
    this.dueAt = dueAt;
  }

  public Long getId() {
    return id;
  }

  public long getParcelId() {
    return parcelId;
  }

  public Kind getKind() {
    return kind;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
