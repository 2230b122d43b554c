package org.returnport.it.community.notify;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.forum.PostPublished;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.forum.entity.TopicSubscription;
import org.returnport.community.reviews.ReviewReplied;
import org.returnport.tenancy.TenantScoped;

/**
 * Writes topics, posts and subscriptions as the forum stores them, and fires what the forum and the
 * reviews fire when a post becomes visible or the store replies to a review, in a transaction of
 * the store; for the tests only, deployed into the community's EJB module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class NotificationsFiring {

  @PersistenceContext EntityManager em;

  @Inject Communities communities;

  @Inject Event<PostPublished> published;

  @Inject Event<ReviewReplied> replied;

  /** A topic opened by the member, who follows it; answers its id. */
  public long topic(long author, String title) {
    Instant now = Instant.now();
    Topic topic = new Topic(communities.categories().get(0).getId(), title, "fit", author, now);
    em.persist(topic);
    em.flush();
    em.persist(new TopicSubscription(topic.getId(), author, now));
    post(topic, author, "Does it run small?", List.of(), true);
    return topic.getId();
  }

  public void subscribe(long topicId, long member) {
    em.persist(new TopicSubscription(topicId, member, Instant.now()));
  }

  public void reply(long topicId, long author, String markdown, List<Long> mentioned) {
    post(em.find(Topic.class, topicId), author, markdown, mentioned, false);
  }

  public void reviewReplied(long reviewId, long reviewAuthor) {
    replied.fire(new ReviewReplied(reviewId, reviewAuthor, "TEE", "Tee", "reviews/TEE"));
  }

  private void post(
      Topic topic, long author, String markdown, List<Long> mentioned, boolean first) {
    Instant now = Instant.now();
    int number = topic.nextNumber(now);
    Post post =
        new Post(
            topic.getId(),
            number,
            author,
            markdown,
            "<p>" + markdown + "</p>",
            Post.State.PUBLISHED,
            now);
    em.persist(post);
    em.flush();
    published.fire(
        new PostPublished(
            topic.getId(),
            post.getId(),
            author,
            topic.getAuthorMemberId(),
            first,
            mentioned,
            topic.getTitle(),
            "community/t/" + topic.getId() + "-" + topic.getSlug() + "?post=" + number));
  }
}
