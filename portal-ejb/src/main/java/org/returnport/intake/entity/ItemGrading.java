package org.returnport.intake.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * Units of one line graded alike, and what becomes of them. The grade's code and the merchant's
 * name for it (and its deduction) are copied, so that a later change of the scale does not rewrite
 * past inspections.
 */
@Entity
@Table(name = "INTAKE_GRADING")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class ItemGrading {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "LINE_ID", nullable = false, updatable = false)
  private IntakeLine line;

  @Column(name = "QUANTITY", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "GRADE_CODE", nullable = false, updatable = false, length = Grade.CODE_MAX)
  private String gradeCode;

  @Column(name = "GRADE_NAME", updatable = false, length = Grade.NAME_MAX)
  private String gradeName;

  @Column(name = "DEDUCTION_PERCENT", nullable = false, updatable = false, precision = 5, scale = 2)
  private BigDecimal deductionPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "DISPOSITION", nullable = false, updatable = false, length = 20)
  private Disposition disposition;

  @Column(name = "NOTE", updatable = false, length = IntakeText.NOTE_MAX)
  private String note;

  @Column(name = "GRADED_AT", nullable = false, updatable = false)
  private Instant gradedAt;

  @Column(name = "GRADED_BY", nullable = false, updatable = false, length = 254)
  private String gradedBy;

  protected ItemGrading() {}

  ItemGrading(
      IntakeLine line,
      int quantity,
      Grade grade,
      Disposition disposition,
      String note,
      String actor,
      Instant now) {
    this.line = line;
    this.quantity = quantity;
    this.gradeCode = grade.getCode();
    this.gradeName = grade.getName();
    this.deductionPercent = grade.getDeductionPercent();
    this.disposition = disposition;
    this.note = note;
    this.gradedBy = actor;
    this.gradedAt = now;
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return line.getLineNo();
  }

  public int getQuantity() {
    return quantity;
  }

  public String getGradeCode() {
    return gradeCode;
  }

  /** The merchant's name of the grade, or null for a default grade (shown translated). */
  public String getGradeName() {
    return gradeName;
  }

  /** What the grade deducted when these units were graded. */
  public BigDecimal getDeductionPercent() {
    return deductionPercent;
  }

  public Disposition getDisposition() {
    return disposition;
  }

  public String getNote() {
    return note;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public String getGradedBy() {
    return gradedBy;
  }
}
