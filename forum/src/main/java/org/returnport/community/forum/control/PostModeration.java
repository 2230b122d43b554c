package org.returnport.community.forum.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.tenancy.CurrentTenant;

/**
 * Carries out a moderator's decision about a forum post, in the decision's transaction: approve and
 * restore publish it (and notify as for a new post, the first time it shows), reject and hide take
 * it down, delete removes it for good; the author keeps seeing the reason. Decisions about reviews
 * are the reviews' business.
 */
@Dependent
public class PostModeration {

  @Inject ForumQueries queries;

  @Inject Publication publication;

  @Inject MarkdownRenderer renderer;

  @Inject CurrentTenant currentTenant;

  void decided(@Observes ModerationDecision decision) {
    if (decision.ref().kind() != ContentKind.POST) {
      return;
    }
    Post post = queries.post(decision.ref().id());
    Topic topic = queries.topic(post.getTopicId());
    Rendered rendered =
        renderer.render(
            post.getMarkdown(),
            "/s/" + currentTenant.get().orElseThrow().slug() + "/community/images/");
    switch (decision.action()) {
      case APPROVE, RESTORE -> {
        boolean firstShown = post.getState() == Post.State.PENDING;
        post.publish();
        if (post.getNumber() == 1) {
          topic.show();
        }
        if (firstShown) {
          publication.published(
              topic,
              post,
              rendered.plainText(),
              Mentions.of(post.getMarkdown(), rendered.mentions()));
        } else {
          publication.changed(topic, post, rendered.plainText());
        }
      }
      case REJECT, HIDE -> {
        post.hide(decision.reason());
        if (post.getNumber() == 1) {
          topic.withhold();
        }
        publication.changed(topic, post, rendered.plainText());
      }
      case DELETE -> {
        post.delete(decision.reason());
        if (post.getNumber() == 1) {
          topic.withhold();
        }
        publication.changed(topic, post, rendered.plainText());
      }
    }
  }
}
