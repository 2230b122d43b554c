package org.returnport.parcels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.events.ParcelStage;
import org.returnport.tenancy.Tenancy;

/**
 * A return's parcel with its carrier. Its stage is the furthest of all its scans (by the stage's
 * rank, then the scan's time, then the stage itself), so the same scans in any order, or twice,
 * leave it in the same stage: a late scan of an earlier stage never moves it back.
 */
@Entity
@Table(name = "PARCEL")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Parcel.FIND_BY_RETURN,
    query = "SELECT p FROM Parcel p WHERE p.returnId = :returnId")
@NamedQuery(name = Parcel.FIND_BY_RMA, query = "SELECT p FROM Parcel p WHERE p.rma = :rma")
@NamedQuery(
    name = Parcel.FIND_BY_TRACKING,
    query = "SELECT p FROM Parcel p WHERE p.trackingNumber = :trackingNumber")
public class Parcel {

  public static final String FIND_BY_RETURN = "Parcel.findByReturn";
  public static final String FIND_BY_RMA = "Parcel.findByRma";
  public static final String FIND_BY_TRACKING = "Parcel.findByTracking";
  public static final int TRACKING_MAX = 60;
  public static final int CARRIER_MAX = 60;
  public static final int ERROR_MAX = 500;

  /** The order of "further along": rank first, then the later scan, then the stage. */
  public static final Comparator<Progress> FURTHER =
      Comparator.comparingInt((Progress p) -> p.stage().rank())
          .thenComparing(Progress::at)
          .thenComparing(Progress::stage);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "CARRIER", nullable = false, updatable = false, length = CARRIER_MAX)
  private String carrier;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 12)
  private ParcelState state;

  @Column(name = "TRACKING_NUMBER", length = TRACKING_MAX)
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "STAGE", length = 20)
  private ParcelStage stage;

  @Column(name = "STAGE_AT")
  private Instant stageAt;

  /** The longest delay the carrier reported. */
  @Column(name = "DELAY_DAYS", nullable = false)
  private int delayDays;

  @Column(name = "LAST_ERROR", length = ERROR_MAX)
  private String lastError;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "BOOKED_AT")
  private Instant bookedAt;

  @Column(name = "CANCELLED_AT")
  private Instant cancelledAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Parcel() {}

  /** A parcel to be booked with the carrier the policy chose. */
  public Parcel(long returnId, String rma, String carrier, Instant now) {
    this.returnId = returnId;
    this.rma = rma;
    this.carrier = carrier;
    this.state = ParcelState.BOOKING;
    this.createdAt = now;
  }

  /** The carrier issued the label: the parcel is known to it, nothing scanned yet. */
  public void booked(String trackingNumber, Instant now) {
    if (state != ParcelState.BOOKING) {
      throw new IllegalStateException("parcel " + rma + " is " + state + ", not being booked");
    }
    this.trackingNumber = trackingNumber;
    this.state = ParcelState.BOOKED;
    this.bookedAt = now;
    this.stage = ParcelStage.LABEL_CREATED;
    this.stageAt = now;
    this.lastError = null;
  }

  public void bookingFailed(String error, boolean forGood) {
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
    if (forGood) {
      this.state = ParcelState.FAILED;
    }
  }

  /**
   * The return will not be sent. Answers whether the carrier has to be told: only a parcel it
   * booked and nobody handed over yet.
   */
  public boolean cancel(Instant now) {
    if (state == ParcelState.CANCELLED || state == ParcelState.FAILED) {
      return false;
    }
    boolean tellCarrier = state == ParcelState.BOOKED && stage == ParcelStage.LABEL_CREATED;
    if (state == ParcelState.BOOKING || tellCarrier) {
      this.state = ParcelState.CANCELLED;
      this.cancelledAt = now;
    }
    return tellCarrier;
  }

  /** Takes a new scan into account; answers whether the parcel's stage moved. */
  public boolean apply(CarrierScan scan) {
    delayDays = Math.max(delayDays, scan.delayDays());
    Progress seen = new Progress(scan.stage(), scan.at());
    if (stage == null || FURTHER.compare(seen, new Progress(stage, stageAt)) > 0) {
      stage = scan.stage();
      stageAt = scan.at();
      return true;
    }
    return false;
  }

  /** Whether the carrier's part is over: nothing more to follow. */
  public boolean isSettled() {
    return state == ParcelState.CANCELLED
        || state == ParcelState.FAILED
        || stage == ParcelStage.DELIVERED
        || stage == ParcelStage.LOST;
  }

  public Long getId() {
    return id;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getCarrier() {
    return carrier;
  }

  public ParcelState getState() {
    return state;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public ParcelStage getStage() {
    return stage;
  }

  public Instant getStageAt() {
    return stageAt;
  }

  public int getDelayDays() {
    return delayDays;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  /** A stage reached at a time: what {@link #FURTHER} compares. */
  public record Progress(ParcelStage stage, Instant at) {}
}
