package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.members.boundary.MemberView;
import org.returnport.members.boundary.Members;
import org.returnport.values.EmailAddress;

/**
 * {@code /api/v1/members}: the store's own systems (its integration key, nobody else) look up a
 * member of its program by e-mail address or id and read their status. A member of another store is
 * not found, exactly like nobody.
 */
@Path("members")
@RequestScoped
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class MembersResource {

  private static final String NO_MEMBER = "member-not-found";

  @Inject Members members;

  @Operation(
      operationId = "findMember",
      summary = "Finds the member with an e-mail address (integration keys only)")
  @APIResponseSchema(
      value = MemberStatus.class,
      responseCode = "200",
      responseDescription = "The member's status")
  @APIResponse(
      responseCode = "400",
      description = "No e-mail address, or not one (problem code invalid-email)")
  @APIResponse(
      responseCode = "404",
      description =
          "The store has no member with this address (problem code member-not-found), or the"
              + " caller is not the store's integration key")
  @GET
  public Response find(
      @Parameter(description = "The member's e-mail address, in any case", required = true)
          @QueryParam("email")
          String email,
      @Context HttpHeaders headers) {
    if (EmailAddress.parse(email).isEmpty()) {
      return Problems.of(
          400,
          "invalid-email",
          "api.member.email",
          "email",
          List.of(),
          headers.getAcceptableLanguages());
    }
    return answer(members.findByEmail(email), headers);
  }

  @Operation(operationId = "readMember", summary = "Reads a member (integration keys only)")
  @APIResponseSchema(
      value = MemberStatus.class,
      responseCode = "200",
      responseDescription = "The member's status")
  @APIResponse(
      responseCode = "404",
      description =
          "The store has no member with this id (problem code member-not-found; a member of"
              + " another store, or one who left, is not found either), or the caller is not the"
              + " store's integration key")
  @GET
  @Path("{id}")
  public Response read(
      @Parameter(description = "The member's id, as the look-up by e-mail answered it")
          @PathParam("id")
          long id,
      @Context HttpHeaders headers) {
    return answer(members.find(id), headers);
  }

  private static Response answer(Optional<MemberView> member, HttpHeaders headers) {
    return member
        .map(MemberStatus::of)
        .map(status -> Response.ok(status).build())
        .orElseGet(
            () ->
                Problems.of(
                    404, NO_MEMBER, "api.member.notFound", headers.getAcceptableLanguages()));
  }

  /** A member of the store's program as its systems see them. */
  @Schema(name = "Member")
  public record MemberStatus(
      long id,
      String email,
      @Schema(description = "Whether Keycloak counts the member's address as proved now")
          boolean emailVerified,
      String displayName,
      @Schema(description = "en or zh-CN") String language,
      Instant joinedAt,
      Preferences preferences) {

    static MemberStatus of(MemberView member) {
      return new MemberStatus(
          member.id(),
          member.email(),
          member.emailVerified(),
          member.displayName(),
          member.language(),
          member.joinedAt(),
          new Preferences(
              member.mailAboutReturns(), member.mailAboutCommunity(), member.mailAboutPoints()));
    }
  }

  /** What the member wants to be e-mailed about. */
  @Schema(name = "MemberPreferences")
  public record Preferences(
      boolean mailAboutReturns, boolean mailAboutCommunity, boolean mailAboutPoints) {}
}
