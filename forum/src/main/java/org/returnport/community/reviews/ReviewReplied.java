package org.returnport.community.reviews;

/**
 * The store replied publicly to a member's review: fired synchronously in that transaction for
 * notifications. {@code path} is the review's address below the store's pages.
 */
public record ReviewReplied(
    long reviewId, long reviewAuthorMemberId, String sku, String productTitle, String path) {}
