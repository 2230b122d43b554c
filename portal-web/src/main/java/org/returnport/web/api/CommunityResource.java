package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.forum.boundary.CategoryView;
import org.returnport.community.forum.boundary.Forum;
import org.returnport.community.forum.boundary.PostView;
import org.returnport.community.forum.boundary.Posting;
import org.returnport.community.forum.boundary.TopicPage;
import org.returnport.community.forum.boundary.TopicSummary;
import org.returnport.community.forum.boundary.Written;
import org.returnport.errors.NotFoundException;

/**
 * {@code /api/v1/community}: the store's forum for its systems (integration key, staff tokens) and
 * for its members, who present their own Keycloak token and name the store with {@code
 * X-Returnport-Store}. Everyone reads what guests read; members open topics and reply, as on the
 * pages and with the same checks. A topic of another store is not found.
 */
@Path("community")
@RequestScoped
@Tag(name = "Community")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

  private static final String MEMBERS =
      " Takes the store's integration key, a staff token, or a member's own token with"
          + " X-Returnport-Store naming the store.";

  @Inject Forum forum;

  @Inject Posting posting;

  @Operation(
      operationId = "listTopics",
      summary = "Lists the store's topics, the most recently active first." + MEMBERS)
  @APIResponse(responseCode = "200", description = "A page of topics (at most 100)")
  @GET
  @Path("topics")
  @AnyCaller
  @MemberTokens
  public List<Topic> topics(
      @Parameter(description = "How many topics to skip") @QueryParam("first") @DefaultValue("0")
          int first,
      @Parameter(description = "How many topics, 1 to 100") @QueryParam("max") @DefaultValue("20")
          int max) {
    return forum.recent(first, max).stream().map(Topic::of).toList();
  }

  @Operation(
      operationId = "readTopic",
      summary = "Reads a topic and one page of its posts (20 a page)." + MEMBERS)
  @APIResponseSchema(
      value = TopicWithPosts.class,
      responseCode = "200",
      responseDescription = "The topic and the posts of the page the caller may read")
  @APIResponse(responseCode = "404", description = "No such topic in this store")
  @GET
  @Path("topics/{id}")
  @AnyCaller
  @MemberTokens
  public TopicWithPosts topic(
      @Parameter(description = "The topic's id") @PathParam("id") long id,
      @Parameter(description = "The page, from 1; past the last gives the last")
          @QueryParam("page")
          @DefaultValue("1")
          int page) {
    TopicPage shown = found(() -> forum.topic(id, page));
    return new TopicWithPosts(
        Topic.of(shown.topic()),
        shown.window().page(),
        shown.window().pages(),
        shown.subscribed(),
        shown.posts().stream().map(PostJson::of).toList());
  }

  @Operation(
      operationId = "listCommunitySections",
      summary = "Lists the sections of the store's forum, in their order." + MEMBERS)
  @APIResponse(responseCode = "200", description = "The sections")
  @GET
  @Path("categories")
  @AnyCaller
  @MemberTokens
  public List<Section> categories() {
    return forum.categories().stream().map(Section::of).toList();
  }

  @Operation(
      operationId = "markPostHelpful",
      summary =
          "Marks another member's post helpful, as the member whose token is presented (once"
              + " per member and post; again changes nothing)")
  @APIResponse(responseCode = "204", description = "Marked (now or before)")
  @APIResponse(responseCode = "422", description = "The member's own post, or not a member")
  @APIResponse(responseCode = "404", description = "No such visible post in this store")
  @POST
  @Path("posts/{id}/helpful")
  @AnyCaller
  @MemberTokens
  public Response helpful(@Parameter(description = "The post's id") @PathParam("id") long id) {
    found(() -> posting.markHelpful(id));
    return Response.noContent().build();
  }

  @Operation(
      operationId = "followTopic",
      summary =
          "Follows a topic (its new posts notify the member), as the member whose token is"
              + " presented")
  @APIResponse(responseCode = "204", description = "Followed")
  @PUT
  @Path("topics/{id}/subscription")
  @AnyCaller
  @MemberTokens
  public Response follow(@Parameter(description = "The topic's id") @PathParam("id") long id) {
    found(() -> posting.subscribe(id, true));
    return Response.noContent().build();
  }

  @Operation(operationId = "unfollowTopic", summary = "Stops following a topic")
  @APIResponse(responseCode = "204", description = "No longer followed")
  @DELETE
  @Path("topics/{id}/subscription")
  @AnyCaller
  @MemberTokens
  public Response unfollow(@Parameter(description = "The topic's id") @PathParam("id") long id) {
    found(() -> posting.subscribe(id, false));
    return Response.noContent().build();
  }

  @Operation(
      operationId = "pinTopic",
      summary = "Pins a topic to the head of its section (value=false unpins); store staff only")
  @APIResponse(responseCode = "204", description = "Done")
  @APIResponse(responseCode = "404", description = "No such topic, or not the store's staff")
  @PUT
  @Path("topics/{id}/pinned")
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.MODERATOR})
  public Response pin(
      @Parameter(description = "The topic's id") @PathParam("id") long id,
      @Parameter(description = "true to pin, false to unpin")
          @QueryParam("value")
          @DefaultValue("true")
          boolean value) {
    found(() -> posting.pin(id, value));
    return Response.noContent().build();
  }

  @Operation(
      operationId = "lockTopic",
      summary = "Locks a topic against replies (value=false opens it again); store staff only")
  @APIResponse(responseCode = "204", description = "Done")
  @APIResponse(responseCode = "404", description = "No such topic, or not the store's staff")
  @PUT
  @Path("topics/{id}/locked")
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.MODERATOR})
  public Response lock(
      @Parameter(description = "The topic's id") @PathParam("id") long id,
      @Parameter(description = "true to lock, false to open")
          @QueryParam("value")
          @DefaultValue("true")
          boolean value) {
    found(() -> posting.lock(id, value));
    return Response.noContent().build();
  }

  @Operation(
      operationId = "postTopic",
      summary = "Opens a topic with its first post, as the member whose token is presented")
  @APIResponseSchema(
      value = Posted.class,
      responseCode = "201",
      responseDescription = "The post was written; state PENDING when it waits for a moderator")
  @APIResponse(
      responseCode = "422",
      description =
          "Title or text empty or too long (20,000 characters of Markdown at most), not a member"
              + " of the store, or refused by the store's moderation")
  @APIResponse(responseCode = "404", description = "No such section in this store")
  @APIResponse(responseCode = "429", description = "Too many posts in a while (Retry-After)")
  @POST
  @Path("topics")
  @Consumes(MediaType.APPLICATION_JSON)
  @AnyCaller
  @MemberTokens
  public Response postTopic(@RequestBody(required = true) @NotNull @Valid NewTopic topic) {
    Written written =
        found(() -> posting.newTopic(topic.categoryId(), topic.title(), topic.markdown()));
    return Response.status(201).entity(Posted.of(written)).build();
  }

  @Operation(
      operationId = "postReply",
      summary = "Replies in a topic, as the member whose token is presented")
  @APIResponseSchema(
      value = Posted.class,
      responseCode = "201",
      responseDescription = "The post was written; state PENDING when it waits for a moderator")
  @APIResponse(
      responseCode = "422",
      description =
          "Text empty or too long, the topic locked, not a member of the store, or refused by"
              + " the store's moderation")
  @APIResponse(responseCode = "404", description = "No such topic (or quoted post) in this store")
  @APIResponse(responseCode = "429", description = "Too many posts in a while (Retry-After)")
  @POST
  @Path("topics/{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  @AnyCaller
  @MemberTokens
  public Response postReply(
      @Parameter(description = "The topic's id") @PathParam("id") long id,
      @RequestBody(required = true) @NotNull @Valid NewPost post) {
    Written written = found(() -> posting.reply(id, post.markdown(), post.quotedPostId()));
    return Response.status(201).entity(Posted.of(written)).build();
  }

  /** A topic as the API lists it. */
  @Schema(name = "CommunityTopic")
  public record Topic(
      long id,
      long categoryId,
      String title,
      @Schema(description = "Its address below the store's pages (/s/{slug}/)") String path,
      String authorName,
      Instant createdAt,
      Instant lastPostAt,
      @Schema(description = "Posts written in it, held ones included") int posts,
      boolean pinned,
      boolean locked) {

    static Topic of(TopicSummary topic) {
      return new Topic(
          topic.id(),
          topic.categoryId(),
          topic.title(),
          topic.path(),
          topic.authorName(),
          topic.createdAt(),
          topic.lastPostAt(),
          topic.posts(),
          topic.pinned(),
          topic.locked());
    }
  }

  /** A topic with one page of its posts. */
  @Schema(name = "CommunityTopicPage")
  public record TopicWithPosts(
      Topic topic,
      int page,
      int pages,
      @Schema(description = "Whether the member reading follows the topic") boolean following,
      List<PostJson> posts) {}

  /** A section of the forum. */
  @Schema(name = "CommunitySection")
  public record Section(
      long id,
      String code,
      @Schema(description = "The merchant's English name; null shows the standard name of code")
          String nameEn,
      @Schema(description = "The merchant's Chinese name, if named") String nameZh,
      String path) {

    static Section of(CategoryView category) {
      return new Section(
          category.id(), category.code(), category.nameEn(), category.nameZh(), category.path());
    }
  }

  /** A post as its reader may see it. */
  @Schema(name = "CommunityPost")
  public record PostJson(
      long id,
      int number,
      String authorName,
      @Schema(description = "Safe HTML, null when withheld from the reader") String html,
      @Schema(description = "PUBLISHED, or for the author PENDING, HIDDEN or DELETED") String state,
      @Schema(description = "Why it was hidden, for its author only") String stateReason,
      int helpfulCount,
      Instant createdAt,
      String path) {

    static PostJson of(PostView post) {
      return new PostJson(
          post.id(),
          post.number(),
          post.authorName(),
          post.html(),
          post.state().name(),
          post.stateReason(),
          post.helpfulCount(),
          post.createdAt(),
          post.path());
    }
  }

  /** A topic to open. */
  @Schema(name = "NewCommunityTopic")
  public record NewTopic(
      @Schema(description = "The section's id") long categoryId,
      @Schema(description = "At most 120 characters") String title,
      @Schema(description = "Markdown, at most 20,000 characters") String markdown) {}

  /** A reply to write. */
  @Schema(name = "NewCommunityPost")
  public record NewPost(
      @Schema(description = "Markdown, at most 20,000 characters") String markdown,
      @Schema(description = "A post of the same topic to quote at the start, if any")
          Long quotedPostId) {}

  /** Where a new post is and whether it shows yet. */
  @Schema(name = "CommunityPosted")
  public record Posted(long topicId, long postId, int number, String state, String path) {

    static Posted of(Written written) {
      return new Posted(
          written.topicId(),
          written.postId(),
          written.number(),
          written.state().name(),
          written.path());
    }
  }

  /**
   * A topic, post or section the store does not have answers its own problem code: {@code
   * not-found} is the access rule's refusal, which must stay told apart from a missing item.
   */
  private static <T> T found(Supplier<T> work) {
    try {
      return work.get();
    } catch (NotFoundException e) {
      throw new ItemMissing();
    }
  }

  private static void found(Runnable work) {
    found(
        () -> {
          work.run();
          return null;
        });
  }

  /** The store's community has no such topic, post or section. */
  public static class ItemMissing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ItemMissing() {
      super("no such community item", null, false, false);
    }
  }

  /** {@link ItemMissing} as a problem: 404 {@code community-item-not-found}. */
  @Provider
  public static class ItemMissingProblem implements ExceptionMapper<ItemMissing> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ItemMissing e) {
      return Problems.of(
          404,
          "community-item-not-found",
          "api.community.notFound",
          headers.getAcceptableLanguages());
    }
  }
}
