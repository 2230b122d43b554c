package org.returnport.community.forum.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.forum.control.Addresses;
import org.returnport.community.forum.control.ForumQueries;
import org.returnport.community.forum.control.PageWindow;
import org.returnport.community.forum.entity.Helpful;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.forum.entity.TopicSubscription;
import org.returnport.errors.NotFoundException;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * Reading the current store's forum, as guests and members do: its sections with their latest
 * topics, a section's topics, a page of a topic. A page of a topic is a range of post numbers read
 * by the unique index, with its authors' names in one more query, so that page 50 of a long topic
 * costs what page 1 does. Everyone reads published posts; a member also sees their own held or
 * hidden posts with the reason; other members' hidden posts are withheld.
 */
@Stateless
@TenantScoped
@AnyCaller
public class Forum {

  /** How many topics each section shows on the community's home. */
  public static final int LATEST_PER_CATEGORY = 5;

  private static final int DESCRIPTION_MAX = 200;

  @PersistenceContext EntityManager em;

  @Inject ForumQueries queries;

  @Inject Communities communities;

  @Inject Caller caller;

  public List<CategoryView> categories() {
    return communities.categories().stream().map(CategoryView::of).toList();
  }

  public List<CategoryLatest> home() {
    List<CategoryLatest> sections = new ArrayList<>();
    for (CommunityCategory category : communities.categories()) {
      List<Topic> latest =
          em.createNamedQuery(Topic.IN_CATEGORY, Topic.class)
              .setParameter("category", category.getId())
              .setMaxResults(LATEST_PER_CATEGORY)
              .getResultList();
      sections.add(new CategoryLatest(CategoryView.of(category), summaries(latest)));
    }
    return sections;
  }

  public CategoryPage category(long id, int page) {
    CategoryView category = CategoryView.of(queries.category(id));
    long count =
        em.createNamedQuery(Topic.COUNT_IN_CATEGORY, Long.class)
            .setParameter("category", id)
            .getSingleResult();
    int pages =
        (int)
            Math.max(1, (count + CategoryPage.TOPICS_PER_PAGE - 1) / CategoryPage.TOPICS_PER_PAGE);
    int shown = Math.min(Math.max(1, page), pages);
    List<Topic> topics =
        em.createNamedQuery(Topic.IN_CATEGORY, Topic.class)
            .setParameter("category", id)
            .setFirstResult((shown - 1) * CategoryPage.TOPICS_PER_PAGE)
            .setMaxResults(CategoryPage.TOPICS_PER_PAGE)
            .getResultList();
    return new CategoryPage(category, summaries(topics), shown, pages);
  }

  /** The most recently active topics of the whole store, newest first. */
  public List<TopicSummary> recent(int first, int max) {
    return summaries(
        em.createNamedQuery(Topic.RECENT, Topic.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 100)))
            .getResultList());
  }

  /** A page of a topic ({@code page} beyond the last shows the last) for the one asking. */
  public TopicPage topic(long id, int page) {
    Topic topic = queries.topic(id);
    Optional<Member> reader = queries.signedInMember();
    long readerId = reader.map(Member::getId).orElse(0L);
    boolean moderator =
        caller
            .role()
            .filter(
                role ->
                    role == StaffRole.MERCHANT_ADMIN
                        || role == StaffRole.MERCHANT_AGENT
                        || role == StaffRole.MODERATOR)
            .isPresent();
    if (!topic.isVisible() && topic.getAuthorMemberId() != readerId && !moderator) {
      throw new NotFoundException("topic " + id);
    }
    CategoryView category = CategoryView.of(queries.category(topic.getCategoryId()));
    PageWindow window = PageWindow.of(topic.getLastNumber(), page);
    List<Post> posts =
        em.createNamedQuery(Post.NUMBERED, Post.class)
            .setParameter("topic", id)
            .setParameter("first", window.firstNumber())
            .setParameter("last", window.lastNumber())
            .getResultList();
    Set<Long> authors = new LinkedHashSet<>();
    authors.add(topic.getAuthorMemberId());
    posts.forEach(post -> authors.add(post.getAuthorMemberId()));
    Map<Long, String> names = queries.names(authors);
    Set<Long> marked = readerId == 0 ? Set.of() : markedBy(readerId, posts);
    List<PostView> views = new ArrayList<>();
    String description = null;
    for (Post post : posts) {
      boolean mine = post.getAuthorMemberId() == readerId;
      if (!post.isVisible() && !mine && post.getState() == Post.State.PENDING) {
        continue;
      }
      boolean showText = post.isVisible() || (mine && post.getState() != Post.State.DELETED);
      if (post.getNumber() == 1 && post.isVisible()) {
        description = excerpt(post.getHtml());
      }
      views.add(
          new PostView(
              post.getId(),
              post.getNumber(),
              post.getAuthorMemberId(),
              names.get(post.getAuthorMemberId()),
              showText ? post.getHtml() : null,
              post.getState(),
              mine ? post.getStateReason() : null,
              post.getHelpfulCount(),
              post.getCreatedAt(),
              mine,
              marked.contains(post.getId()),
              Addresses.post(topic.getId(), topic.getSlug(), post.getNumber())));
    }
    boolean subscribed =
        readerId != 0
            && !em.createNamedQuery(TopicSubscription.FIND, TopicSubscription.class)
                .setParameter("topic", id)
                .setParameter("member", readerId)
                .getResultList()
                .isEmpty();
    return new TopicPage(
        summary(topic, names),
        category,
        window,
        views,
        readerId,
        subscribed,
        moderator,
        description);
  }

  /** The Markdown of a visible post, for a reply that quotes it. */
  public QuotedPost quotable(long postId) {
    Post post = queries.post(postId);
    if (!post.isVisible()) {
      throw new NotFoundException("post " + postId);
    }
    Topic topic = queries.topic(post.getTopicId());
    String name = queries.names(List.of(post.getAuthorMemberId())).get(post.getAuthorMemberId());
    return new QuotedPost(
        post.getId(),
        topic.getId(),
        name,
        post.getMarkdown(),
        Addresses.post(topic.getId(), topic.getSlug(), post.getNumber()));
  }

  private Set<Long> markedBy(long memberId, List<Post> posts) {
    if (posts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery(Helpful.MARKED_BY, Long.class)
            .setParameter("member", memberId)
            .setParameter("posts", posts.stream().map(Post::getId).toList())
            .getResultList());
  }

  private List<TopicSummary> summaries(List<Topic> topics) {
    Set<Long> authors = new HashSet<>();
    topics.forEach(topic -> authors.add(topic.getAuthorMemberId()));
    Map<Long, String> names = queries.names(authors);
    return topics.stream().map(topic -> summary(topic, names)).toList();
  }

  static TopicSummary summary(Topic topic, Map<Long, String> names) {
    return new TopicSummary(
        topic.getId(),
        topic.getCategoryId(),
        topic.getTitle(),
        Addresses.topic(topic.getId(), topic.getSlug()),
        topic.getAuthorMemberId(),
        names.get(topic.getAuthorMemberId()),
        topic.getCreatedAt(),
        topic.getLastPostAt(),
        topic.getLastNumber(),
        topic.isPinned(),
        topic.isLocked());
  }

  /** The opening post's text without markup, shortened: the page's description for previews. */
  private static String excerpt(String html) {
    String text =
        html.replaceAll("<[^>]*>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
    return text.length() > DESCRIPTION_MAX ? text.substring(0, DESCRIPTION_MAX - 1) + "…" : text;
  }
}
