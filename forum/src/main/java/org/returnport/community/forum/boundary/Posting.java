package org.returnport.community.forum.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.forum.control.Addresses;
import org.returnport.community.forum.control.ForumQueries;
import org.returnport.community.forum.control.Mentions;
import org.returnport.community.forum.control.Publication;
import org.returnport.community.forum.control.Quotes;
import org.returnport.community.forum.control.Slugs;
import org.returnport.community.forum.entity.Helpful;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.forum.entity.TopicSubscription;
import org.returnport.community.moderation.control.Admission;
import org.returnport.community.moderation.control.Gatekeeper;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Writing in the current store's forum. The writer is always the signed-in person, and only as a
 * joined member of this store; a topic or post of another store is "not found". Each post is
 * checked (length, the topic open), rendered once to safe HTML, then put to the store's moderation
 * ({@link Gatekeeper}): shown at once or held. Authors follow the topics they write in. Staff pin
 * and lock topics.
 */
@Stateless
@TenantScoped
public class Posting {

  @PersistenceContext EntityManager em;

  @Inject ForumQueries queries;

  @Inject MarkdownRenderer renderer;

  @Inject Gatekeeper gatekeeper;

  @Inject Publication publication;

  @Inject CurrentTenant currentTenant;

  @Inject Event<PostMarkedHelpful> helpful;

  private final Clock clock = Clock.systemUTC();

  /** Opens a topic in a section with its first post; answers the new topic's address. */
  @AnyCaller
  public Written newTopic(long categoryId, String title, String markdown) {
    queries.category(categoryId);
    Member author = requireMember();
    String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    if (cleanTitle.isEmpty()) {
      throw new RejectedException("title", "community.forum.title.blank");
    }
    if (cleanTitle.length() > Topic.TITLE_MAX) {
      throw new RejectedException("title", "community.forum.title.tooLong", Topic.TITLE_MAX);
    }
    String text = checked(markdown);
    Rendered rendered = renderer.render(text, imageBase());
    Admission admission = gatekeeper.admit(author, ContentKind.POST, rendered);
    Instant now = clock.instant();
    Topic topic =
        new Topic(
            categoryId, cleanTitle, Slugs.of(cleanTitle, Topic.SLUG_MAX), author.getId(), now);
    em.persist(topic);
    em.flush();
    return write(topic, author, text, rendered, admission, now);
  }

  /**
   * Replies in a topic; with {@code quotedPostId}, the reply starts with that post of the same
   * topic as a quote.
   */
  @AnyCaller
  public Written reply(long topicId, String markdown, Long quotedPostId) {
    Topic topic = queries.topic(topicId);
    Member author = requireMember();
    if (topic.isLocked()) {
      throw new RejectedException("markdown", "community.forum.locked");
    }
    String text = checked(markdown);
    if (quotedPostId != null) {
      Post quoted = queries.post(quotedPostId);
      if (quoted.getTopicId() != topicId || !quoted.isVisible()) {
        throw new NotFoundException("post " + quotedPostId);
      }
      String name =
          queries.names(List.of(quoted.getAuthorMemberId())).get(quoted.getAuthorMemberId());
      text =
          checked(
              Quotes.of(name, postLink(topic, quoted.getNumber()), quoted.getMarkdown()) + text);
    }
    Rendered rendered = renderer.render(text, imageBase());
    Admission admission = gatekeeper.admit(author, ContentKind.POST, rendered);
    Topic locked = queries.topicForUpdate(topicId);
    if (locked.isLocked()) {
      throw new RejectedException("markdown", "community.forum.locked");
    }
    return write(locked, author, text, rendered, admission, clock.instant());
  }

  /**
   * The signed-in member finds a published post helpful: counted once per member and post, never
   * for one's own post. Answers whether this was a new mark.
   */
  @AnyCaller
  public boolean markHelpful(long postId) {
    Post post = queries.post(postId);
    Member member = requireMember();
    if (!post.isVisible()) {
      throw new NotFoundException("post " + postId);
    }
    if (post.getAuthorMemberId() == member.getId()) {
      throw new RejectedException(null, "community.forum.helpful.own");
    }
    long already =
        em.createNamedQuery(Helpful.FIND, Long.class)
            .setParameter("post", postId)
            .setParameter("member", member.getId())
            .getSingleResult();
    if (already > 0) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(new Helpful(postId, member.getId(), now));
    em.flush();
    post.markedHelpful();
    helpful.fire(
        new PostMarkedHelpful(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            PostMarkedHelpful.Kind.POST,
            postId,
            post.getAuthorMemberId(),
            member.getId()));
    return true;
  }

  /** The signed-in member follows a topic (new posts notify them) or stops following it. */
  @AnyCaller
  public void subscribe(long topicId, boolean follow) {
    queries.topic(topicId);
    Member member = requireMember();
    List<TopicSubscription> existing =
        em.createNamedQuery(TopicSubscription.FIND, TopicSubscription.class)
            .setParameter("topic", topicId)
            .setParameter("member", member.getId())
            .getResultList();
    if (follow && existing.isEmpty()) {
      em.persist(new TopicSubscription(topicId, member.getId(), clock.instant()));
    } else if (!follow) {
      existing.forEach(em::remove);
    }
  }

  /** Pins a topic to the head of its section, or unpins it. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.MODERATOR})
  public void pin(long topicId, boolean pinned) {
    queries.topic(topicId).pin(pinned);
  }

  /** Locks a topic against replies, or opens it again. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.MODERATOR})
  public void lock(long topicId, boolean locked) {
    queries.topic(topicId).lock(locked);
  }

  private Written write(
      Topic topic,
      Member author,
      String markdown,
      Rendered rendered,
      Admission admission,
      Instant now) {
    int number = topic.nextNumber(now);
    Post.State state = admission == Admission.HOLD ? Post.State.PENDING : Post.State.PUBLISHED;
    Post post =
        new Post(topic.getId(), number, author.getId(), markdown, rendered.html(), state, now);
    em.persist(post);
    em.flush();
    if (number == 1 && state == Post.State.PUBLISHED) {
      topic.show();
    }
    follow(topic.getId(), author.getId(), now);
    if (state == Post.State.PENDING) {
      gatekeeper.held(
          new ContentRef(ContentKind.POST, post.getId()), author, excerpt(rendered.plainText()));
      publication.changed(topic, post, rendered.plainText());
    } else {
      publication.published(
          topic, post, rendered.plainText(), Mentions.of(markdown, rendered.mentions()));
    }
    return new Written(
        topic.getId(),
        post.getId(),
        number,
        state,
        Addresses.post(topic.getId(), topic.getSlug(), number));
  }

  private void follow(long topicId, long memberId, Instant now) {
    boolean following =
        !em.createNamedQuery(TopicSubscription.FIND, TopicSubscription.class)
            .setParameter("topic", topicId)
            .setParameter("member", memberId)
            .getResultList()
            .isEmpty();
    if (!following) {
      em.persist(new TopicSubscription(topicId, memberId, now));
    }
  }

  private Member requireMember() {
    return queries
        .signedInMember()
        .orElseThrow(() -> new RejectedException(null, "community.forum.joinFirst"));
  }

  private static String checked(String markdown) {
    String text = markdown == null ? "" : markdown.strip();
    if (text.isEmpty()) {
      throw new RejectedException("markdown", "community.forum.post.blank");
    }
    if (text.length() > Post.MARKDOWN_MAX) {
      throw new RejectedException("markdown", "community.forum.post.tooLong", Post.MARKDOWN_MAX);
    }
    return text;
  }

  /**
   * The address of one of a topic's posts from the site's root, the form of link the renderer keeps
   * (it drops relative ones), whatever address the quoting page was opened at.
   */
  private String postLink(Topic topic, int number) {
    return "/s/"
        + currentTenant.get().orElseThrow().slug()
        + "/"
        + Addresses.post(topic.getId(), topic.getSlug(), number);
  }

  private String imageBase() {
    return "/s/" + currentTenant.get().orElseThrow().slug() + "/community/images/";
  }

  private static String excerpt(String plainText) {
    return plainText.length() > 200 ? plainText.substring(0, 200) : plainText;
  }
}
