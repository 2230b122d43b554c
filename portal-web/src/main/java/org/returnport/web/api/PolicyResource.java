package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffRole;

/**
 * {@code /api/v1/policy}: the store's return policy. Reading gives the version in force; putting
 * publishes a new version, if {@code basedOn} is still the version in force (0 for the first).
 */
@Path("policy")
@RequestScoped
@Tag(name = "Return policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class PolicyResource {

  @Inject ReturnPolicies policies;

  @Operation(summary = "Reads the policy version in force")
  @GET
  public Version current() {
    return policies.current().map(Version::of).orElseThrow(() -> new NotFoundException("policy"));
  }

  @Operation(summary = "Reads a published version")
  @GET
  @Path("versions/{version}")
  public Version version(@PathParam("version") @Min(1) int version) {
    return Version.of(policies.version(version));
  }

  @Operation(
      summary = "Publishes the rules as the next version, if basedOn is the version in force")
  @PUT
  public Response publish(@NotNull @Valid Draft draft) {
    int version = policies.publish(draft.basedOn(), draft.rules());
    return Response.status(201).entity(Version.of(policies.version(version))).build();
  }

  /** The rules to publish and the version they were edited from. */
  public record Draft(@Min(0) int basedOn, @NotNull PolicyRules rules) {}

  /** A published version. */
  public record Version(int version, Instant publishedAt, String publishedBy, PolicyRules rules) {

    static Version of(ReturnPolicy policy) {
      return new Version(
          policy.getVersionNo(),
          policy.getPublishedAt(),
          policy.getPublishedBy(),
          policy.getRules());
    }
  }
}
