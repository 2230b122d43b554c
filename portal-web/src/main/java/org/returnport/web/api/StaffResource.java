package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
  public StaffPage list(@BeanParam @Valid Paging paging) {
    List<StaffMember> members =
        staff.invitations(paging.offset(), paging.size()).stream()
            .map(
                s ->
                    new StaffMember(
                        s.getEmail(),
                        s.getRole().roleName(),
                        s.getInvitedAt().toString(),
                        s.getAcceptedAt().map(Object::toString).orElse(null)))
            .toList();
    return new StaffPage(members, paging.page(), paging.size(), staff.count());
  }

  /** One member of the team; {@code acceptedAt} is left out while the invitation is pending. */
  @Schema(name = "StaffMember")
  public record StaffMember(String email, String role, String invitedAt, String acceptedAt) {}

  /** A page of the team, with what it takes to ask for the next one. */
  public record StaffPage(List<StaffMember> items, int page, int size, long total) {}
}
