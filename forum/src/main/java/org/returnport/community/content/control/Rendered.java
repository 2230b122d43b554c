package org.returnport.community.content.control;

import java.util.List;

/**
 * Markdown made safe to show: {@code html} is stored with the post and served as it is; {@code
 * plainText} feeds search, excerpts and filters; {@code links} are the outside addresses it points
 * to (spam checks count them); {@code mentions} the {@code @names} it mentions, as typed; {@code
 * imageIds} the store's own uploads it shows.
 */
public record Rendered(
    String html,
    String plainText,
    List<String> links,
    List<String> mentions,
    List<Long> imageIds) {}
