package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.staff.boundary.StaffDirectory;

/** {@code /api/v1/staff}: the store's team, a page at a time. */
@Path("staff")
@RequestScoped
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffResource {

  @Inject StaffDirectory staff;

  @Operation(operationId = "listStaff", summary = "Lists the store's team, a page at a time")
  @APIResponseSchema(
      value = StaffPage.class,
      responseCode = "200",
      responseDescription = "One page of the team and the total")
  @GET
  public StaffPage list(
      @Parameter(description = PAGE, schema = @Schema(minimum = "0", maximum = "1000000"))
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @Parameter(description = SIZE, schema = @Schema(minimum = "1", maximum = "200"))
          @QueryParam("size")
          @DefaultValue("50")
          @Min(1)
          @Max(200)
          int size) {
    List<Member> members =
        staff.invitations(page * size, size).stream()
            .map(
                s ->
                    new Member(
                        s.getEmail(),
                        s.getRole().roleName(),
                        s.getInvitedAt().toString(),
                        s.getAcceptedAt().map(Object::toString).orElse(null)))
            .toList();
    return new StaffPage(members, page, size, staff.count());
  }

  static final String PAGE = "The page to read, counted from 0";
  static final String SIZE = "How many items a page has, 1 to 200";

  /** One member of the team; {@code acceptedAt} is left out while the invitation is pending. */
  @Schema(name = "StaffMember")
  public record Member(String email, String role, String invitedAt, String acceptedAt) {}

  /** A page of the team, with what it takes to ask for the next one. */
  public record StaffPage(List<Member> items, int page, int size, long total) {}
}
