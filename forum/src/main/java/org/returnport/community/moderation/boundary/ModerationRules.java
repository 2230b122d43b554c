package org.returnport.community.moderation.boundary;

import java.util.List;

/**
 * A store's moderation settings as the console shows and changes them: the thresholds and the word
 * list of each language (one word or phrase a line), with whether the list is the store's own or
 * the standard one.
 */
public record ModerationRules(
    int basicAfter,
    int flagsToHide,
    int maxLinksNew,
    List<String> wordsEn,
    List<String> wordsZh,
    boolean ownEn,
    boolean ownZh) {}
