package org.returnport.members.boundary;

import java.io.Serializable;

/**
 * What a person chooses when joining or changing their membership: the name shown in the store's
 * community, their language ({@code en} or {@code zh-CN}), what they want to be mailed about, and,
 * when joining, their consent to the store keeping their data for the program.
 */
public record MemberDetails(
    String displayName,
    String language,
    boolean consent,
    boolean mailAboutReturns,
    boolean mailAboutCommunity,
    boolean mailAboutPoints)
    implements Serializable {}
