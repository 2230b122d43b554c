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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.ReturnPolicy;

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

  @Operation(operationId = "readPolicy", summary = "Reads the policy version in force")
  @APIResponseSchema(
      value = Version.class,
      responseCode = "200",
      responseDescription = "The version in force, its rules with amounts as Money")
  @APIResponse(responseCode = "404", description = "The store has not published a policy yet")
  @GET
  public Version current() {
    return policies.current().map(Version::of).orElseThrow(() -> new NotFoundException("policy"));
  }

  @Operation(operationId = "readPolicyVersion", summary = "Reads a published version")
  @APIResponseSchema(
      value = Version.class,
      responseCode = "200",
      responseDescription = "That version, as it was published")
  @APIResponse(responseCode = "404", description = "The store published no such version")
  @GET
  @Path("versions/{version}")
  public Version version(
      @Parameter(description = "The version number, from 1", schema = @Schema(minimum = "1"))
          @PathParam("version")
          @Min(1)
          int version) {
    return Version.of(policies.version(version));
  }

  @Operation(
      operationId = "publishPolicy",
      summary = "Publishes the rules as the next version, if basedOn is the version in force",
      description =
          "Returns already requested keep the version they were requested under. Amounts in the"
              + " rules are Money; a money rule applies to orders in its currency.")
  @APIResponseSchema(
      value = Version.class,
      responseCode = "201",
      responseDescription = "The new version, now in force")
  @APIResponse(
      responseCode = "422",
      description =
          "Refused, nothing published: basedOn is no longer the version in force (someone"
              + " published in between: read the policy again and apply the change to it), or the"
              + " rules break a rule of policies, such as a percentage above 100")
  @PUT
  public Response publish(
      @RequestBody(
              description = "The rules and the version they were edited from (0 for the first)",
              required = true)
          @NotNull
          @Valid
          Draft draft) {
    int version = policies.publish(draft.basedOn(), draft.rules());
    return Response.status(201).entity(Version.of(policies.version(version))).build();
  }

  /** The rules to publish and the version they were edited from. */
  @Schema(name = "PolicyDraft")
  public record Draft(@Min(0) int basedOn, @NotNull PolicyRules rules) {}

  /** A published version. */
  @Schema(name = "PolicyVersion")
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
