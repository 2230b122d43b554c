package org.returnport.community.forum.boundary;

/** A visible post a reply may quote: who wrote it, what, and where it is. */
public record QuotedPost(
    long postId, long topicId, String authorName, String markdown, String path) {}
