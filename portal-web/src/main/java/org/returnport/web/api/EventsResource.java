package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.eventlog.boundary.EventFeed;
import org.returnport.eventlog.entity.EventLogEntry;

/**
 * {@code /api/v1/events}: the store's event log for its integrations, oldest first, so that a
 * reader catches up from the last time it saw. Only the store's administrators and integration keys
 * read it.
 */
@Path("events")
@RequestScoped
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class EventsResource {

  private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

  @Inject EventFeed feed;

  @Operation(
      operationId = "listEvents",
      summary = "Lists the store's domain events from a point in time on, oldest first",
      description =
          "Events that happened in the same instant share their time: to read on, ask again from"
              + " the time of the last event seen and skip the event ids already read. The data of"
              + " each event holds ids and facts only, never personal data.")
  @APIResponseSchema(
      value = EventPage.class,
      responseCode = "200",
      responseDescription = "One page of the events and their total")
  @APIResponse(responseCode = "422", description = "The time given is not a real instant")
  @GET
  public EventPage list(
      @Parameter(
              description =
                  "Only events that happened at or after this instant (ISO 8601 in UTC, such as"
                      + " 2026-12-01T09:30:00Z); all when left out",
              schema = @Schema(pattern = INSTANT))
          @QueryParam("since")
          @Pattern(regexp = INSTANT)
          String since,
      @Parameter(
              description = "Only events of this type, such as ReturnDecided",
              schema = @Schema(pattern = "[A-Za-z]{1,60}"))
          @QueryParam("type")
          @Size(max = EventLogEntry.TYPE_MAX)
          @Pattern(regexp = "[A-Za-z]+")
          String type,
      @Parameter(
              description = StaffResource.PAGE,
              schema = @Schema(minimum = "0", maximum = "1000000"))
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @Parameter(description = StaffResource.SIZE, schema = @Schema(minimum = "1", maximum = "200"))
          @QueryParam("size")
          @DefaultValue("50")
          @Min(1)
          @Max(EventFeed.PAGE_MAX)
          int size) {
    Instant from = since == null ? Instant.EPOCH : instant(since);
    List<Event> events =
        feed.since(from, type, page * size, size).stream().map(EventsResource::event).toList();
    return new EventPage(events, page, size, feed.count(from, type));
  }

  private static Instant instant(String since) {
    try {
      return Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new RejectedException("since", "returnport.events.since", since);
    }
  }

  private static Event event(EventLogEntry entry) {
    try (var reader = Json.createReader(new StringReader(entry.getPayload()))) {
      return new Event(
          entry.getEventId().toString(),
          entry.getType(),
          entry.getOccurredAt(),
          reader.readObject());
    }
  }

  /** One event: its id, type and time, and its own fields as {@code data}. */
  @Schema(name = "DomainEvent")
  public record Event(String eventId, String type, Instant occurredAt, JsonObject data) {}

  /** A page of events, with what it takes to ask for the next one. */
  public record EventPage(List<Event> items, int page, int size, long total) {}
}
