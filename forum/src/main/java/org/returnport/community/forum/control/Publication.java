package org.returnport.community.forum.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.forum.PostPublished;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.values.DisplayName;

/**
 * Tells the rest of the community what happened to a post, in the transaction of the change: {@link
 * ContentChanged} for every change (search and caches follow it) and {@link PostPublished} when a
 * post becomes visible to everyone (notifications follow it), with the members its {@code @names}
 * name.
 */
@Dependent
public class Publication {

  @Inject Event<ContentChanged> changed;

  @Inject Event<PostPublished> published;

  @Inject ForumQueries queries;

  public void changed(Topic topic, Post post, String plainText) {
    changed.fire(
        new ContentChanged(
            new ContentRef(ContentKind.POST, post.getId()),
            post.isVisible(),
            post.getNumber() == 1 ? topic.getTitle() : null,
            post.isVisible() ? plainText : "",
            post.getAuthorMemberId(),
            post.getCreatedAt(),
            Addresses.post(topic.getId(), topic.getSlug(), post.getNumber())));
  }

  /** The post is now visible: fires both events. {@code mentions} are the names as typed. */
  public void published(Topic topic, Post post, String plainText, List<String> mentions) {
    changed(topic, post, plainText);
    published.fire(
        new PostPublished(
            topic.getId(),
            post.getId(),
            post.getAuthorMemberId(),
            topic.getAuthorMemberId(),
            post.getNumber() == 1,
            mentioned(mentions, post.getAuthorMemberId()),
            topic.getTitle(),
            Addresses.post(topic.getId(), topic.getSlug(), post.getNumber())));
  }

  /** The store's members the names typed name (not the author), each once. */
  List<Long> mentioned(List<String> typed, long authorMemberId) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String name : typed) {
      if (DisplayName.problemOf(name).isPresent()) {
        continue;
      }
      queries
          .memberNamed(DisplayName.of(name).key())
          .map(member -> member.getId())
          .filter(id -> id != authorMemberId)
          .ifPresent(ids::add);
    }
    return new ArrayList<>(ids);
  }
}
