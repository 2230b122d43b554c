package org.returnport.community.forum;

import java.util.List;

/**
 * A forum post became visible to everyone (written by a trusted member, or approved): fired
 * synchronously in that transaction for notifications. {@code firstPost} says it opened its topic;
 * {@code mentionedMemberIds} are the store's members its {@code @names} named; {@code path} is its
 * address below the store's pages.
 */
public record PostPublished(
    long topicId,
    long postId,
    long authorMemberId,
    long topicAuthorMemberId,
    boolean firstPost,
    List<Long> mentionedMemberIds,
    String topicTitle,
    String path) {}
