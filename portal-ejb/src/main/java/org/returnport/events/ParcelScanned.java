package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * The carrier scanned a return's parcel (reported by polling the carrier or by a tracking webhook).
 * Fired once per new scan, in the order scans reach us, which need not be the order they happened
 * in: {@code scannedAt} is the carrier's time. {@code carrierWords} is the carrier's own text,
 * shown on timelines. {@code delayDays} is how many days the carrier says the parcel is late (0
 * when it is not), with its cause.
 */
public record ParcelScanned(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    String carrier,
    String trackingNumber,
    ParcelStage stage,
    Instant scannedAt,
    String location,
    String carrierWords,
    int delayDays,
    DelayCause delayCause)
    implements DomainEvent {}
