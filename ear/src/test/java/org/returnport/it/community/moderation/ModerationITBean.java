package org.returnport.it.community.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.moderation.control.Admission;
import org.returnport.community.moderation.control.Gatekeeper;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.DisplayName;
import org.returnport.values.EmailAddress;

/**
 * What the forum does when a member posts, for the tests only, in the current store: asks the
 * gatekeeper, stores the post as published or pending, and queues a held one. Also makes members
 * and already published posts directly, as the forum's own tests would.
 */
@Stateless
@TenantScoped
public class ModerationITBean {

  @PersistenceContext EntityManager em;

  @Inject Gatekeeper gatekeeper;

  @Inject MarkdownRenderer renderer;

  @Inject Communities communities;

  /** A member of the current store, with a made-up account id; answers its id. */
  @AnyCaller
  public Member member(String name, String email) {
    Member member =
        new Member(
            UUID.randomUUID().toString(),
            EmailAddress.parse(email).orElseThrow(),
            DisplayName.of(name),
            Member.Language.EN,
            new Member.Preferences(false, false, false),
            "2026-12",
            Instant.now());
    em.persist(member);
    em.flush();
    return member;
  }

  /** Posts a new topic as the forum will: answers "PUBLISH" or "HOLD" and the post's id. */
  @AnyCaller
  public Object[] post(long memberId, String markdown) {
    Member author = author(memberId);
    Rendered rendered = renderer.render(markdown, "/community/images/");
    Admission admission = gatekeeper.admit(author, ContentKind.POST, rendered);
    Post post =
        store(
            memberId,
            markdown,
            rendered,
            admission == Admission.HOLD ? Post.State.PENDING : Post.State.PUBLISHED);
    if (admission == Admission.HOLD) {
      gatekeeper.held(new ContentRef(ContentKind.POST, post.getId()), author, rendered.plainText());
    }
    return new Object[] {admission.name(), post.getId()};
  }

  /** A post already shown to readers, stored without the gate (as if written long ago). */
  @AnyCaller
  public long publishedPost(long memberId, String markdown) {
    return store(memberId, markdown, renderer.render(markdown, "/"), Post.State.PUBLISHED).getId();
  }

  private Post store(long memberId, String markdown, Rendered rendered, Post.State state) {
    Instant now = Instant.now();
    long category = communities.categories().get(0).getId();
    Topic topic = new Topic(category, "Moderation test", "moderation-test", memberId, now);
    em.persist(topic);
    em.flush();
    Post post =
        new Post(
            topic.getId(), topic.nextNumber(now), memberId, markdown, rendered.html(), state, now);
    em.persist(post);
    em.flush();
    return post;
  }

  private Member author(long memberId) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .getSingleResult();
  }
}
