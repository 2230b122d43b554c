package org.returnport.catalog.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** One upload of an order file, followed while it runs, with its report once done. */
@Entity
@Table(name = "ORDER_IMPORT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class OrderImport {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** Where an import stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "STARTED_BY", nullable = false, updatable = false, length = 254)
  private String startedBy;

  @Column(name = "STARTED_AT", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "FINISHED_AT")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 10)
  private Status status;

  @Column(name = "BYTES_TOTAL", nullable = false, updatable = false)
  private long bytesTotal;

  @Column(name = "BYTES_READ", nullable = false)
  private long bytesRead;

  @Column(name = "ROWS_READ", nullable = false)
  private long rows;

  @Column(name = "CREATED", nullable = false)
  private int created;

  @Column(name = "UPDATED", nullable = false)
  private int updated;

  @Column(name = "UNCHANGED", nullable = false)
  private int unchanged;

  @Column(name = "REJECTED", nullable = false)
  private int rejected;

  @Lob
  @Column(name = "PROBLEMS", nullable = false)
  private String problems = "[]";

  @Version
  @Column(name = "VERSION")
  private long version;

  protected OrderImport() {}

  public OrderImport(String startedBy, long bytesTotal, Instant now) {
    this.startedBy = startedBy;
    this.bytesTotal = bytesTotal;
    this.startedAt = now;
    this.status = Status.RUNNING;
  }

  public void progress(long bytesRead, ImportReport report) {
    this.bytesRead = Math.min(bytesRead, bytesTotal);
    this.rows = report.rows();
    this.created = report.created();
    this.updated = report.updated();
    this.unchanged = report.unchanged();
    this.rejected = report.rejected();
  }

  public void finish(ImportReport report, boolean failed, Instant now) {
    progress(failed ? bytesRead : bytesTotal, report);
    this.problems = JSON.toJson(report.problems());
    this.status = failed ? Status.FAILED : Status.DONE;
    this.finishedAt = now;
  }

  /** How far the file has been read, 0 to 100. */
  public int getPercent() {
    return bytesTotal == 0 ? 100 : (int) (bytesRead * 100 / bytesTotal);
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  public long getRows() {
    return rows;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getRejected() {
    return rejected;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public List<ImportReport.Problem> getProblems() {
    return JSON.fromJson(
        problems,
        new java.util.ArrayList<ImportReport.Problem>() {}.getClass().getGenericSuperclass());
  }
}
