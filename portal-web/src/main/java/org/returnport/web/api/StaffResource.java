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
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffRole;

/** {@code /api/v1/staff}: the store's team, a page at a time. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffResource {

  @Inject StaffDirectory staff;

  @GET
  public Page<Member> list(
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
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
    return new Page<>(members, page, size, staff.count());
  }

  /** One member of the team; {@code acceptedAt} is left out while the invitation is pending. */
  public record Member(String email, String role, String invitedAt, String acceptedAt) {}

  /** A page of a list, with what it takes to ask for the next one. */
  public record Page<T>(List<T> items, int page, int size, long total) {}
}
