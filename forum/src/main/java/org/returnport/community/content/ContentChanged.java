package org.returnport.community.content;

import java.time.Instant;

/**
 * A post or review was written, edited, hidden, restored or deleted: fired synchronously in the
 * transaction of the change, in the store where it happened, for what keeps copies of community
 * text (search). {@code visible} says whether guests may now read it; {@code title} is the topic's
 * or review's title, else null; {@code plainText} is the rendered text without markup; {@code path}
 * is its address below the store's pages ({@code community/t/12-fit-of-the-sweater#p3}).
 */
public record ContentChanged(
    ContentRef ref,
    boolean visible,
    String title,
    String plainText,
    long authorMemberId,
    Instant createdAt,
    String path) {}
