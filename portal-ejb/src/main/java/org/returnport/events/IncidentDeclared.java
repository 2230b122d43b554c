package org.returnport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A merchant or the operator declared an incident for a store: returns shipped from the given
 * countries (all when empty) or with the given carrier (any when null) get {@code extensionDays}
 * more, and their automatic expiry pauses from {@code startsAt} to {@code endsAt}.
 */
public record IncidentDeclared(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long incidentId,
    List<String> countries,
    String carrier,
    DelayCause cause,
    Instant startsAt,
    Instant endsAt,
    int extensionDays)
    implements DomainEvent {

  public IncidentDeclared {
    countries = List.copyOf(countries);
  }
}
