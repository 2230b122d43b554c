package org.returnport.community.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.moderation.ContentLookup;
import org.returnport.community.moderation.ContentSummary;

/**
 * Forum posts as moderation sees them, read (never written) through the forum's entities in the
 * caller's store-scoped persistence context. JPQL rather than {@code find}, so that the store's
 * filter applies to the read itself.
 */
@Dependent
public class ForumPosts implements ContentLookup {

  @PersistenceContext EntityManager em;

  @Override
  public ContentKind kind() {
    return ContentKind.POST;
  }

  @Override
  public Optional<ContentSummary> find(ContentRef ref) {
    if (ref.kind() != ContentKind.POST) {
      return Optional.empty();
    }
    Optional<Post> post =
        em.createQuery("SELECT p FROM Post p WHERE p.id = :id", Post.class)
            .setParameter("id", ref.id())
            .getResultStream()
            .findFirst();
    if (post.isEmpty()) {
      return Optional.empty();
    }
    Post p = post.get();
    String path =
        em.createQuery("SELECT t FROM Topic t WHERE t.id = :id", Topic.class)
            .setParameter("id", p.getTopicId())
            .getResultStream()
            .findFirst()
            .map(t -> "community/t/" + t.getId() + "-" + t.getSlug() + "#p" + p.getNumber())
            .orElse(null);
    return Optional.of(
        new ContentSummary(
            ref,
            p.getAuthorMemberId(),
            p.getMarkdown(),
            p.getState() == Post.State.PUBLISHED,
            path));
  }
}
