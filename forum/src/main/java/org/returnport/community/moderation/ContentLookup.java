package org.returnport.community.moderation;

import java.util.Optional;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;

/**
 * How moderation learns about a post or review without reading the owner's tables: the feature that
 * owns a kind of content implements this as a CDI bean ({@code moderation.control.ForumPosts} for
 * {@link ContentKind#POST}, {@code reviews.control.ReviewLookup} for {@link ContentKind#REVIEW}).
 * It runs inside the caller's transaction, already scoped to the current store, and must answer
 * empty for an item of another store.
 */
public interface ContentLookup {

  /** The kind of content this lookup answers for. */
  ContentKind kind();

  /** The current store's item, in whatever state, or empty. */
  Optional<ContentSummary> find(ContentRef ref);
}
