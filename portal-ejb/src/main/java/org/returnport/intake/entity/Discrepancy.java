package org.returnport.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/** Something the hub found wrong with a return's parcel, with the worker's note as evidence. */
@Entity
@Table(name = "INTAKE_DISCREPANCY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Discrepancy.FIND_BY_RETURN,
    query = "SELECT d FROM Discrepancy d WHERE d.returnId = :returnId ORDER BY d.at, d.id")
public class Discrepancy {

  public static final String FIND_BY_RETURN = "Discrepancy.findByReturn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private Long returnId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 20)
  private DiscrepancyKind kind;

  /** The returned line it is about, when it is about one. */
  @Column(name = "LINE_NO", updatable = false)
  private Integer lineNo;

  @Column(name = "NOTE", nullable = false, updatable = false, length = IntakeText.NOTE_MAX)
  private String note;

  @Column(name = "SHOPPER_ASKED", nullable = false, updatable = false)
  private boolean shopperAsked;

  @Column(name = "AT", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "BY_WHOM", nullable = false, updatable = false, length = 254)
  private String by;

  protected Discrepancy() {}

  public Discrepancy(
      long returnId,
      DiscrepancyKind kind,
      Integer lineNo,
      String note,
      boolean shopperAsked,
      String actor,
      Instant now) {
    if (kind == null) {
      throw new RejectedException("kind", "returnport.intake.kindRequired");
    }
    this.returnId = returnId;
    this.kind = kind;
    this.lineNo = lineNo;
    this.note = IntakeText.required(note, "note", IntakeText.NOTE_MAX);
    this.shopperAsked = shopperAsked;
    this.by = actor;
    this.at = now;
  }

  public Long getId() {
    return id;
  }

  public Long getReturnId() {
    return returnId;
  }

  public DiscrepancyKind getKind() {
    return kind;
  }

  public Integer getLineNo() {
    return lineNo;
  }

  public String getNote() {
    return note;
  }

  public boolean isShopperAsked() {
    return shopperAsked;
  }

  public Instant getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }
}
