package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.community.reviews.entity.Review;
import org.returnport.events.ReturnClosed;
import org.returnport.members.entity.Member;
import org.returnport.returns.boundary.ReturnedProducts;
import org.returnport.values.EmailAddress;

/**
 * When a return closes, the member who sent it (by the return's address) and already reviewed one
 * of its products gets the verified-return badge on that review, naming the return. A review
 * written later finds the closed return by itself.
 */
@Dependent
public class ReturnBadges {

  @PersistenceContext EntityManager em;

  @Inject Announcements announcements;

  @Inject ReturnedProducts returns;

  void closed(@Observes ReturnClosed closed) {
    Optional<ReturnedProducts.Closed> returned = returns.closed(closed.returnId());
    if (returned.isEmpty()) {
      return;
    }
    Optional<EmailAddress> email = EmailAddress.parse(returned.get().email());
    if (email.isEmpty()) {
      return;
    }
    List<String> skus = returned.get().skus();
    List<Member> members =
        em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", email.get().value())
            .getResultList();
    Instant now = closed.occurredAt();
    for (Member member : members) {
      if (!email.get().matches(member.getEmail())) {
        continue;
      }
      List<Review> reviews =
          em.createNamedQuery(Review.BY_AUTHOR_SKUS, Review.class)
              .setParameter("member", member.getId())
              .setParameter("skus", skus)
              .getResultList();
      for (Review review : reviews) {
        if (review.returned(closed.returnId())) {
          em.flush();
          if (review.counts()) {
            announcements.published(review, now);
          } else {
            announcements.changed(review);
          }
        }
      }
    }
  }
}
