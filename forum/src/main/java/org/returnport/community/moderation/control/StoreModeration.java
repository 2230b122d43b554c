package org.returnport.community.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ContentLookup;
import org.returnport.community.moderation.ContentSummary;
import org.returnport.community.moderation.entity.AuditEntry;
import org.returnport.community.moderation.entity.CommunityStanding;
import org.returnport.community.moderation.entity.FilterWord;
import org.returnport.community.moderation.entity.ModerationSettings;

/**
 * The current store's moderation records, read and written in the caller's store-scoped
 * transaction: its settings and word lists, members' standings, the items of the kinds the other
 * features own (through their {@link ContentLookup}s), and the audit log.
 */
@Dependent
public class StoreModeration {

  @PersistenceContext EntityManager em;

  @Inject @Any Instance<ContentLookup> lookups;

  /** The store's settings, or the defaults while it has none (nothing is written). */
  public ModerationSettings settings() {
    return em.createNamedQuery(ModerationSettings.FIND, ModerationSettings.class)
        .getResultStream()
        .findFirst()
        .orElseGet(ModerationSettings::defaults);
  }

  /** The store's settings row, written with the defaults if it has none yet. */
  public ModerationSettings settingsToChange() {
    ModerationSettings settings = settings();
    if (settings.getId() == null) {
      em.persist(settings);
    }
    return settings;
  }

  public Optional<CommunityStanding> standing(long memberId) {
    return em.createNamedQuery(CommunityStanding.BY_MEMBER, CommunityStanding.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst();
  }

  /** The member's standing row, written as a new member's if they have none yet. */
  public CommunityStanding standingToChange(long memberId) {
    return standing(memberId)
        .orElseGet(
            () -> {
              CommunityStanding standing = new CommunityStanding(memberId);
              em.persist(standing);
              return standing;
            });
  }

  /** The list a language's filter uses: the store's own, or the standard one. */
  public List<String> words(String language) {
    return words(language, settings());
  }

  private List<String> words(String language, ModerationSettings settings) {
    if (!settings.hasOwnWordList(language)) {
      return StandardWords.of(language);
    }
    return em.createNamedQuery(FilterWord.ALL, FilterWord.class)
        .getResultStream()
        .filter(word -> word.getLanguage().equals(language))
        .map(FilterWord::getWord)
        .toList();
  }

  /** The filter of every language's list together: a post may mix languages. */
  public WordFilter filter(ModerationSettings settings) {
    List<String> all = new ArrayList<>();
    List<FilterWord> own =
        StandardWords.LANGUAGES.stream().anyMatch(settings::hasOwnWordList)
            ? em.createNamedQuery(FilterWord.ALL, FilterWord.class).getResultList()
            : List.of();
    for (String language : StandardWords.LANGUAGES) {
      if (settings.hasOwnWordList(language)) {
        own.stream()
            .filter(word -> word.getLanguage().equals(language))
            .map(FilterWord::getWord)
            .forEach(all::add);
      } else {
        all.addAll(StandardWords.of(language));
      }
    }
    return new WordFilter(all);
  }

  /** The current store's item, whatever its state; empty when no feature knows it here. */
  public Optional<ContentSummary> content(ContentRef ref) {
    for (ContentLookup lookup : lookups) {
      if (lookup.kind() == ref.kind()) {
        Optional<ContentSummary> found = lookup.find(ref);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  public void audit(
      String actor, AuditEntry.Action action, ContentRef ref, Long memberId, String reason) {
    em.persist(new AuditEntry(Instant.now(), actor, action, ref, memberId, reason));
  }
}
