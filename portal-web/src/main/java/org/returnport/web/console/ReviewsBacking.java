package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.reviews.boundary.ReviewPage;
import org.returnport.community.reviews.boundary.ReviewQuery;
import org.returnport.community.reviews.boundary.ReviewView;
import org.returnport.community.reviews.boundary.Reviews;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/reviews.xhtml}: the store's reviews, newest first, filtered by stars, badge and
 * photos, each with the store's public reply to write or change. There is no way to hide a review
 * here: that is moderation's, for reasons other than its stars.
 */
@Named("consoleReviews")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject transient Reviews reviews;

  @Inject transient Feedback feedback;

  private Integer stars;
  private ReviewQuery.Badge badge;
  private boolean withPhotos;
  private int page = 1;
  private final Map<Long, String> replies = new HashMap<>();
  private transient ReviewPage shown;

  public void show() {
    page = 1;
    shown = null;
  }

  public void next() {
    page++;
    shown = null;
  }

  public void previous() {
    page = Math.max(1, page - 1);
    shown = null;
  }

  public ReviewPage getShown() {
    if (shown == null) {
      shown =
          reviews.all(
              new ReviewQuery(ReviewQuery.Sort.NEWEST, stars, badge, withPhotos), page, PAGE_SIZE);
      for (ReviewView review : shown.reviews()) {
        replies.putIfAbsent(review.id(), review.reply());
      }
    }
    return shown;
  }

  public void reply(long reviewId) {
    try {
      reviews.reply(reviewId, replies.get(reviewId));
      feedback.info("community.review.console.replied");
      shown = null;
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    } catch (NotFoundException gone) {
      feedback.error("community.review.gone");
    }
  }

  public Map<Long, String> getReplies() {
    return replies;
  }

  public List<ReviewQuery.Badge> getBadges() {
    return List.of(ReviewQuery.Badge.values());
  }

  public List<Integer> getStarChoices() {
    return List.of(5, 4, 3, 2, 1);
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public ReviewQuery.Badge getBadge() {
    return badge;
  }

  public void setBadge(ReviewQuery.Badge badge) {
    this.badge = badge;
  }

  public boolean isWithPhotos() {
    return withPhotos;
  }

  public void setWithPhotos(boolean withPhotos) {
    this.withPhotos = withPhotos;
  }
}
