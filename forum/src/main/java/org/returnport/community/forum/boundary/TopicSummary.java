package org.returnport.community.forum.boundary;

import java.time.Instant;

/** A topic in a list: what it is called, where it is, who opened it and how lively it is. */
public record TopicSummary(
    long id,
    long categoryId,
    String title,
    String path,
    long authorMemberId,
    String authorName,
    Instant createdAt,
    Instant lastPostAt,
    int posts,
    boolean pinned,
    boolean locked) {}
