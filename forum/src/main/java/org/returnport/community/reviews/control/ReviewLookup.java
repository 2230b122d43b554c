package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ContentLookup;
import org.returnport.community.moderation.ContentSummary;
import org.returnport.community.reviews.entity.Review;

/**
 * Reviews as moderation sees them (flags, hide, restore and delete by address): read in the
 * caller's store-scoped persistence context, by JPQL so that the store's filter applies.
 */
@Dependent
public class ReviewLookup implements ContentLookup {

  @PersistenceContext EntityManager em;

  @Override
  public ContentKind kind() {
    return ContentKind.REVIEW;
  }

  @Override
  public Optional<ContentSummary> find(ContentRef ref) {
    if (ref.kind() != ContentKind.REVIEW) {
      return Optional.empty();
    }
    return em.createQuery("SELECT r FROM Review r WHERE r.id = :id", Review.class)
        .setParameter("id", ref.id())
        .getResultStream()
        .findFirst()
        .map(
            review ->
                new ContentSummary(
                    ref,
                    review.getAuthorMemberId(),
                    review.getTitle() + "\n" + review.getPlainText(),
                    review.counts(),
                    Announcements.path(review)));
  }
}
