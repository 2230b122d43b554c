package org.returnport.intake.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.catalog.entity.ProductData;
import org.returnport.tenancy.Tenancy;

/**
 * One returned line at intake: how many units were returned, how many came, how they were graded.
 */
@Entity
@Table(name = "INTAKE_LINE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class IntakeLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "INTAKE_ID", nullable = false, updatable = false)
  private Intake intake;

  @Column(name = "LINE_NO", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "SKU", nullable = false, updatable = false, length = ProductData.SKU_MAX)
  private String sku;

  @Column(name = "NAME", nullable = false, updatable = false, length = ProductData.NAME_MAX)
  private String name;

  @Column(name = "RETURNED", nullable = false, updatable = false)
  private int returned;

  @Column(name = "RECEIVED", nullable = false, updatable = false)
  private int received;

  @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ItemGrading> gradings = new ArrayList<>();

  protected IntakeLine() {}

  IntakeLine(Intake intake, Intake.Returned line, int received) {
    this.intake = intake;
    this.lineNo = line.lineNo();
    this.sku = line.sku();
    this.name = line.name();
    this.returned = line.quantity();
    this.received = received;
  }

  ItemGrading add(
      int quantity, Grade grade, Disposition disposition, String note, String actor, Instant now) {
    ItemGrading grading = new ItemGrading(this, quantity, grade, disposition, note, actor, now);
    gradings.add(grading);
    return grading;
  }

  /** Received units still waiting for a grade. */
  public int ungraded() {
    return received - gradings.stream().mapToInt(ItemGrading::getQuantity).sum();
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public int getReturned() {
    return returned;
  }

  public int getReceived() {
    return received;
  }

  public List<ItemGrading> getGradings() {
    return List.copyOf(gradings);
  }
}
