package org.returnport.community.moderation;

import java.util.Optional;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;

/**
 * How moderation learns about a post or review without reading the owner's tables: the feature that
 * owns a kind of content implements this as a CDI bean ({@code forum} for {@link ContentKind#POST}
 * is {@code moderation.control.ForumPosts} until the forum takes it over; {@code reviews} must add
 * one for {@link ContentKind#REVIEW}; until it does, reviews cannot be flagged or acted on by
 * address). It runs inside the caller's transaction, already scoped to the current store, and must
 * answer empty for an item of another store.
 */
public interface ContentLookup {

  /** The kind of content this lookup answers for. */
  ContentKind kind();

  /** The current store's item, in whatever state, or empty. */
  Optional<ContentSummary> find(ContentRef ref);
}
