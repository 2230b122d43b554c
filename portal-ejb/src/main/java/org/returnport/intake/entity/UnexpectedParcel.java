package org.returnport.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/**
 * A parcel that reached the hub without an RMA anyone could find: what its label says, a note and
 * photos, until an agent matches it to a return.
 */
@Entity
@Table(name = "UNEXPECTED_PARCEL")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = UnexpectedParcel.UNMATCHED,
    query =
        "SELECT u FROM UnexpectedParcel u WHERE u.matchedRma IS NULL ORDER BY u.receivedAt DESC")
@NamedQuery(
    name = UnexpectedParcel.RECENTLY_MATCHED,
    query =
        "SELECT u FROM UnexpectedParcel u WHERE u.matchedRma IS NOT NULL"
            + " ORDER BY u.matchedAt DESC")
public class UnexpectedParcel {

  public static final String UNMATCHED = "UnexpectedParcel.unmatched";
  public static final String RECENTLY_MATCHED = "UnexpectedParcel.recentlyMatched";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** What the label says: a tracking number, a sender, anything readable. */
  @Column(name = "LABEL_TEXT", nullable = false, updatable = false, length = IntakeText.LABEL_MAX)
  private String labelText;

  @Column(name = "NOTE", updatable = false, length = IntakeText.NOTE_MAX)
  private String note;

  @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "RECEIVED_BY", nullable = false, updatable = false, length = 254)
  private String receivedBy;

  @Column(name = "MATCHED_RMA", length = 12)
  private String matchedRma;

  @Column(name = "MATCHED_AT")
  private Instant matchedAt;

  @Column(name = "MATCHED_BY", length = 254)
  private String matchedBy;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected UnexpectedParcel() {}

  public UnexpectedParcel(String labelText, String note, String actor, Instant now) {
    this.labelText = IntakeText.required(labelText, "labelText", IntakeText.LABEL_MAX);
    this.note = IntakeText.optional(note, "note", IntakeText.NOTE_MAX);
    this.receivedBy = actor;
    this.receivedAt = now;
  }

  /** Names the return the parcel belongs to; a parcel is matched once. */
  public void match(String rma, String actor, Instant now) {
    if (matchedRma != null) {
      throw new RejectedException(null, "returnport.unexpected.alreadyMatched", matchedRma);
    }
    this.matchedRma = rma;
    this.matchedBy = actor;
    this.matchedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getLabelText() {
    return labelText;
  }

  public String getNote() {
    return note;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public String getMatchedRma() {
    return matchedRma;
  }

  public Instant getMatchedAt() {
    return matchedAt;
  }

  public String getMatchedBy() {
    return matchedBy;
  }

  public long getVersion() {
    return version;
  }
}
