package org.returnport.community.search.boundary;

import java.time.Instant;

/**
 * One result: what it is ({@code TOPIC}, {@code POST}, {@code REVIEW}), its title (plain, and as
 * safe HTML with the matches marked; for a reply, the empty string), its address below the store's
 * pages, when it was written, and an excerpt as safe HTML with the matches marked. The two HTML
 * fields contain nothing of the member's text unescaped; the only markup is {@code <mark>}.
 */
public record SearchHit(
    String kind,
    String title,
    String titleHtml,
    String path,
    Instant createdAt,
    String excerptHtml) {}
