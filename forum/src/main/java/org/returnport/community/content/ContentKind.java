package org.returnport.community.content;

/**
 * What members write in a store's community: forum posts (a topic's first post too) and reviews.
 */
public enum ContentKind {
  POST,
  REVIEW
}
