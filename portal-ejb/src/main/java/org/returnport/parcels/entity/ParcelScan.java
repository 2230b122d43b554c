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
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.tenancy.Tenancy;

/** A scan of a parcel as the carrier reported it, stored once (see {@link CarrierScan#key()}). */
@Entity
@Table(name = "PARCEL_SCAN")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ParcelScan.OF_PARCEL,
    query = "SELECT s FROM ParcelScan s WHERE s.parcelId = :parcelId ORDER BY s.scannedAt, s.id")
@NamedQuery(
    name = ParcelScan.KEYS_OF_PARCEL,
    query = "SELECT s.scanKey FROM ParcelScan s WHERE s.parcelId = :parcelId")
public class ParcelScan {

  public static final String OF_PARCEL = "ParcelScan.ofParcel";
  public static final String KEYS_OF_PARCEL = "ParcelScan.keysOfParcel";

  /** How a scan reached us. */
  public enum Source {
    POLL,
    WEBHOOK
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "PARCEL_ID", nullable = false, updatable = false)
  private long parcelId;

  @Column(name = "SCAN_KEY", nullable = false, updatable = false, length = 43)
  private String scanKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "STAGE", nullable = false, updatable = false, length = 20)
  private ParcelStage stage;

  @Column(name = "SCANNED_AT", nullable = false, updatable = false)
  private Instant scannedAt;

  @Column(name = "LOCATION", updatable = false, length = CarrierScan.LOCATION_MAX)
  private String location;

  @Column(
      name = "CARRIER_WORDS",
      nullable = false,
      updatable = false,
      length = CarrierScan.WORDS_MAX)
  private String carrierWords;

  @Column(name = "CARRIER_CODE", updatable = false, length = CarrierScan.CODE_MAX)
  private String carrierCode;

  @Column(name = "DELAY_DAYS", nullable = false, updatable = false)
  private int delayDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "DELAY_CAUSE", updatable = false, length = 12)
  private DelayCause delayCause;

  @Enumerated(EnumType.STRING)
  @Column(name = "SOURCE", nullable = false, updatable = false, length = 10)
  private Source source;

  @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ParcelScan() {}

  public ParcelScan(long parcelId, CarrierScan scan, Source source, Instant now) {
    this.parcelId = parcelId;
    this.scanKey = scan.key();
    this.stage = scan.stage();
    this.scannedAt = scan.at();
    this.location = scan.location();
    this.carrierWords = scan.words();
    this.carrierCode = scan.code();
    this.delayDays = scan.delayDays();
    this.delayCause = scan.delayCause();
    this.source = source;
    this.receivedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getParcelId() {
    return parcelId;
  }

  public String getScanKey() {
    return scanKey;
  }

  public ParcelStage getStage() {
    return stage;
  }

  public Instant getScannedAt() {
    return scannedAt;
  }

  public String getLocation() {
    return location;
  }

  public String getCarrierWords() {
    return carrierWords;
  }

  public String getCarrierCode() {
    return carrierCode;
  }

  public int getDelayDays() {
    return delayDays;
  }

  public DelayCause getDelayCause() {
    return delayCause;
  }

  public Source getSource() {
    return source;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
