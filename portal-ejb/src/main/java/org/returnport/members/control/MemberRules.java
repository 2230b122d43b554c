package org.returnport.members.control;

import org.returnport.errors.RejectedException;
import org.returnport.members.entity.Member.Language;
import org.returnport.members.entity.Member.Preferences;
import org.returnport.values.DisplayName;

/**
 * What a member may choose, checked before anything changes: a display name that is not blank, not
 * longer than {@link DisplayName#MAX}, holds no invisible characters and no abusive word, and one
 * of the languages the pages are written in. Each refusal names the field and a message key.
 * Whether the name is free in the store is the boundary's question.
 */
public final class MemberRules {

  private MemberRules() {}

  /** The choices, checked. */
  public record Checked(DisplayName name, Language language, Preferences preferences) {}

  public static Checked check(
      String displayName,
      String language,
      boolean mailAboutReturns,
      boolean mailAboutCommunity,
      boolean mailAboutPoints,
      AbusiveWords abusive) {
    DisplayName name = displayName(displayName, abusive);
    Language chosen =
        Language.ofTag(language)
            .orElseThrow(() -> new RejectedException("language", "member.language"));
    return new Checked(
        name, chosen, new Preferences(mailAboutReturns, mailAboutCommunity, mailAboutPoints));
  }

  public static DisplayName displayName(String typed, AbusiveWords abusive) {
    DisplayName.problemOf(typed)
        .ifPresent(
            problem -> {
              throw switch (problem) {
                case BLANK -> new RejectedException("displayName", "member.displayName.blank");
                case TOO_LONG ->
                    new RejectedException(
                        "displayName", "member.displayName.tooLong", DisplayName.MAX);
                case HIDDEN_CHARACTERS ->
                    new RejectedException("displayName", "member.displayName.characters");
              };
            });
    DisplayName name = DisplayName.of(typed);
    if (abusive.isAbusive(name)) {
      throw new RejectedException("displayName", "member.displayName.abusive");
    }
    return name;
  }
}
