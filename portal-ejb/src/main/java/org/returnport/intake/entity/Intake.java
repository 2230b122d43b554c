package org.returnport.intake.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/**
 * What the hub did with one return's parcel: how many of each returned line came (never more than
 * were returned), and how each received unit was graded and what becomes of it. A parcel is
 * received once. The inspection is complete when every received unit is graded.
 */
@Entity
@Table(name = "INTAKE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Intake.FIND_BY_RETURN,
    query = "SELECT i FROM Intake i WHERE i.returnId = :returnId")
@NamedQuery(
    name = Intake.INSPECTED_SINCE,
    query =
        "SELECT i.deliveredAt, i.inspectedAt FROM Intake i WHERE i.inspectedAt >= :since"
            + " ORDER BY i.inspectedAt")
public class Intake {

  public static final String FIND_BY_RETURN = "Intake.findByReturn";
  public static final String INSPECTED_SINCE = "Intake.inspectedSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private Long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  /** When the carrier delivered the parcel to the hub, or when it was received if not known. */
  @Column(name = "DELIVERED_AT", nullable = false, updatable = false)
  private Instant deliveredAt;

  @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "RECEIVED_BY", nullable = false, updatable = false, length = 254)
  private String receivedBy;

  @Column(name = "INSPECTED_AT")
  private Instant inspectedAt;

  @Column(name = "INSPECTED_BY", length = 254)
  private String inspectedBy;

  @OneToMany(mappedBy = "intake", cascade = CascadeType.ALL)
  @OrderBy("lineNo")
  private List<IntakeLine> lines = new ArrayList<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Intake() {}

  /**
   * Receives a parcel: the count of each returned line found in it. A line without a count counts
   * as none came; nothing at all is not a receipt (that is an empty box, a discrepancy).
   *
   * @param deliveredAt when the carrier delivered it, or null when no scan said so
   */
  public static Intake receive(
      long returnId,
      String rma,
      List<Returned> returned,
      Map<Integer, Integer> counted,
      Instant deliveredAt,
      String actor,
      Instant now) {
    Map<Integer, Integer> counts = new HashMap<>(counted);
    Intake intake = new Intake();
    intake.returnId = returnId;
    intake.rma = rma;
    intake.receivedAt = now;
    intake.receivedBy = actor;
    intake.deliveredAt = deliveredAt == null || deliveredAt.isAfter(now) ? now : deliveredAt;
    int total = 0;
    for (Returned line : returned) {
      Integer count = counts.remove(line.lineNo());
      int received = count == null ? 0 : count;
      if (received < 0) {
        throw new RejectedException("quantity", "returnport.intake.negative", line.name());
      }
      if (received > line.quantity()) {
        throw new RejectedException(
            "quantity", "returnport.intake.tooMany", line.name(), received, line.quantity());
      }
      total += received;
      intake.lines.add(new IntakeLine(intake, line, received));
    }
    if (!counts.isEmpty()) {
      throw new RejectedException("quantity", "returnport.intake.unknownLine");
    }
    if (total == 0) {
      throw new RejectedException("quantity", "returnport.intake.nothingReceived");
    }
    return intake;
  }

  /**
   * Grades units of a received line and chooses what becomes of them. Answers the grading; the
   * inspection completes with the last unit graded.
   */
  public ItemGrading grade(
      int lineNo,
      int quantity,
      Grade grade,
      Disposition disposition,
      String note,
      String actor,
      Instant now) {
    if (isInspected()) {
      throw new RejectedException(null, "returnport.intake.alreadyInspected", rma);
    }
    IntakeLine line =
        lines.stream()
            .filter(l -> l.getLineNo() == lineNo)
            .findFirst()
            .orElseThrow(() -> new RejectedException(null, "returnport.intake.unknownLine"));
    if (line.getReceived() == 0) {
      throw new RejectedException(null, "returnport.intake.notReceived", line.getName());
    }
    if (disposition == null) {
      throw new RejectedException("disposition", "returnport.intake.dispositionRequired");
    }
    if (quantity < 1) {
      throw new RejectedException("gradeQuantity", "returnport.intake.gradeQuantity");
    }
    if (quantity > line.ungraded()) {
      throw new RejectedException(
          "gradeQuantity", "returnport.intake.gradeTooMany", line.getName(), line.ungraded());
    }
    ItemGrading grading =
        line.add(
            quantity,
            grade,
            disposition,
            IntakeText.optional(note, "note", IntakeText.NOTE_MAX),
            actor,
            now);
    if (isComplete()) {
      inspectedAt = now;
      inspectedBy = actor;
    }
    return grading;
  }

  /** Whether every received unit is graded and has a disposition. */
  public boolean isComplete() {
    return lines.stream().allMatch(line -> line.ungraded() == 0);
  }

  public boolean isInspected() {
    return inspectedAt != null;
  }

  public int expected() {
    return lines.stream().mapToInt(IntakeLine::getReturned).sum();
  }

  public int received() {
    return lines.stream().mapToInt(IntakeLine::getReceived).sum();
  }

  /** Units put back on sale. */
  public int restocked() {
    return lines.stream()
        .flatMap(line -> line.getGradings().stream())
        .filter(g -> g.getDisposition() == Disposition.RESTOCK)
        .mapToInt(ItemGrading::getQuantity)
        .sum();
  }

  public Long getId() {
    return id;
  }

  public Long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getInspectedAt() {
    return inspectedAt;
  }

  public String getInspectedBy() {
    return inspectedBy;
  }

  public List<IntakeLine> getLines() {
    return List.copyOf(lines);
  }

  public long getVersion() {
    return version;
  }

  /** A line of the return as the shopper sent it: how many units of what. */
  public record Returned(int lineNo, String sku, String name, int quantity) {}
}
