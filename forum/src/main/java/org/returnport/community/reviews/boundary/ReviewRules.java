package org.returnport.community.reviews.boundary;

import java.util.List;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.reviews.entity.Review;
import org.returnport.errors.RejectedException;

/** What a review and a reply must be; refused with a message naming the field otherwise. */
final class ReviewRules {

  private static final int EXCERPT = 200;

  private ReviewRules() {}

  static void checkInput(ReviewInput input, boolean apparel) {
    if (input == null || input.stars() == null) {
      throw new RejectedException("stars", "community.review.stars.required");
    }
    if (input.stars() < 1 || input.stars() > 5) {
      throw new RejectedException("stars", "community.review.stars.range");
    }
    String title = input.title() == null ? "" : input.title().strip();
    if (title.isEmpty()) {
      throw new RejectedException("title", "community.review.title.required");
    }
    if (title.length() > Review.TITLE_MAX) {
      throw new RejectedException("title", "community.review.title.tooLong", Review.TITLE_MAX);
    }
    String text = input.markdown() == null ? "" : input.markdown().strip();
    if (text.isEmpty()) {
      throw new RejectedException("text", "community.review.text.required");
    }
    if (text.length() > Review.MARKDOWN_MAX) {
      throw new RejectedException("text", "community.review.text.tooLong", Review.MARKDOWN_MAX);
    }
    if (input.fit() != null && !apparel) {
      throw new RejectedException("fit", "community.review.fit.notApparel");
    }
  }

  static void checkPhotos(List<Long> imageIds) {
    if (imageIds.size() > Review.PHOTOS_MAX) {
      throw new RejectedException("text", "community.review.photos.tooMany", Review.PHOTOS_MAX);
    }
  }

  static Review.Content content(ReviewInput input, Rendered rendered, boolean apparel) {
    return new Review.Content(
        input.stars(),
        input.title().strip(),
        input.markdown().strip(),
        rendered.html(),
        rendered.plainText(),
        apparel ? input.fit() : null,
        List.copyOf(rendered.imageIds()));
  }

  static String reply(String text) {
    String reply = text == null ? "" : text.strip();
    if (reply.isEmpty()) {
      throw new RejectedException("reply", "community.review.reply.required");
    }
    if (reply.length() > Review.REPLY_MAX) {
      throw new RejectedException("reply", "community.review.reply.tooLong", Review.REPLY_MAX);
    }
    return reply;
  }

  static String excerpt(Review review) {
    String text = review.getTitle() + " — " + review.getPlainText();
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
  }
}
