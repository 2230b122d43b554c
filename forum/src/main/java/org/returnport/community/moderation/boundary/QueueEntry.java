package org.returnport.community.moderation.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.returnport.community.content.ContentKind;
import org.returnport.community.moderation.entity.QueueItem.HoldReason;

/**
 * One item of the moderation queue as a moderator sees it: what it is and who wrote it, an excerpt
 * (plain text, shown escaped), whether it was held and why (with the filter word that matched), how
 * many members flagged it and for which reasons, whether guests see it now, and its address below
 * the store's pages (null when its feature no longer knows it).
 */
public record QueueEntry(
    ContentKind kind,
    long contentId,
    long authorMemberId,
    String authorName,
    String excerpt,
    boolean held,
    List<HoldReason> heldReasons,
    String matchedWord,
    int flagCount,
    Map<String, Long> flagReasons,
    List<String> flagNotes,
    boolean visible,
    String path,
    Instant queuedAt) {}
