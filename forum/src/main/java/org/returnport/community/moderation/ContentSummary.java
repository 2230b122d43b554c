package org.returnport.community.moderation;

import org.returnport.community.content.ContentRef;

/**
 * What moderation needs to know of a post or review: its author, a plain-text excerpt, whether
 * guests see it now, and its address below the store's pages ({@code community/t/12-fit#p3}).
 */
public record ContentSummary(
    ContentRef ref, long authorMemberId, String excerpt, boolean visible, String path) {}
