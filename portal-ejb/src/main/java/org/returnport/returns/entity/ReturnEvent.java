package org.returnport.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.events.ParcelStage;
import org.returnport.tenancy.Tenancy;

/** One entry of a return's timeline, never changed once written. */
@Entity
@Table(name = "RETURN_EVENT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class ReturnEvent {

  public static final int TEXT_MAX = 2000;
  public static final int LOCATION_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "RETURN_ID", nullable = false, updatable = false)
  private ReturnCase returnCase;

  @Column(name = "AT", nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 20)
  private EventKind kind;

  /** Who acted: a staff member's e-mail, or null for the shopper and for the system. */
  @Column(name = "ACTOR", updatable = false, length = 254)
  private String actor;

  @Column(name = "TEXT", updatable = false, length = TEXT_MAX)
  private String text;

  /** For a carrier scan: the stage the carrier's words map to; null for every other entry. */
  @Enumerated(EnumType.STRING)
  @Column(name = "STAGE", updatable = false, length = 20)
  private ParcelStage stage;

  /** For a carrier scan: where the parcel was, as the carrier names the place. */
  @Column(name = "LOCATION", updatable = false, length = LOCATION_MAX)
  private String location;

  protected ReturnEvent() {}

  ReturnEvent(ReturnCase returnCase, Instant at, EventKind kind, String actor, String text) {
    this.returnCase = returnCase;
    this.at = at;
    this.kind = kind;
    this.actor = actor;
    this.text = text;
  }

  ReturnEvent(
      ReturnCase returnCase,
      Instant at,
      EventKind kind,
      String text,
      ParcelStage stage,
      String location) {
    this(returnCase, at, kind, null, text);
    this.stage = stage;
    this.location = location;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public EventKind getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getText() {
    return text;
  }

  public ParcelStage getStage() {
    return stage;
  }

  public String getLocation() {
    return location;
  }
}
