package org.returnport.loyalty.activities.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.returnport.access.IntegrationKeys;
import org.returnport.loyalty.earning.control.AwardRules;
import org.returnport.loyalty.earning.control.EarningFacts;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;

/**
 * The two steps of a batch of activities ({@link Activities}), each a transaction: finding the
 * members (and opening the accounts of those who have none yet, so that the award step only ever
 * locks rows that exist), then awarding under the locks of all the batch's accounts, taken at once
 * in the order of their members: two batches that share members wait for each other instead of each
 * holding what the other needs.
 */
@Stateless
@TenantScoped
@IntegrationKeys
public class ActivityBatches {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject EarningFacts facts;

  @Inject ProgramInForce program;

  /** An activity with its member found, or the problem that refuses it. */
  public record Resolved(Activity activity, Long memberId, String problem) {}

  public List<Resolved> resolve(List<Activity> activities) {
    List<Resolved> resolved = new ArrayList<>(activities.size());
    for (Activity activity : activities) {
      String problem = problem(activity);
      Long member = null;
      if (problem == null) {
        member = member(activity).orElse(null);
        problem = member == null ? ActivityResult.MEMBER_NOT_FOUND : null;
      }
      resolved.add(new Resolved(activity, member, problem));
    }
    resolved.stream()
        .map(Resolved::memberId)
        .filter(id -> id != null)
        .distinct()
        .sorted()
        .filter(id -> ledger.account(id).isEmpty())
        .forEach(ledger::lockedAccount);
    return resolved;
  }

  public List<ActivityResult> award(List<Resolved> batch, Instant now) {
    ProgramInForce.Rules rules = program.now();
    // The same daily cap as every other award (AwardRules): the member's points of the UTC day.
    Instant today = AwardRules.dayStart(now);
    List<Long> members =
        batch.stream()
            .map(Resolved::memberId)
            .filter(id -> id != null)
            .distinct()
            .sorted()
            .toList();
    if (!members.isEmpty()) {
      em.createQuery(
              "SELECT a FROM LoyaltyAccount a WHERE a.memberId IN :members ORDER BY a.memberId",
              LoyaltyAccount.class)
          .setParameter("members", members)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultList();
    }
    List<ActivityResult> results = new ArrayList<>(batch.size());
    for (Resolved item : batch) {
      Activity activity = item.activity();
      if (item.problem() != null) {
        results.add(ActivityResult.refused(activity.externalId(), item.problem()));
        continue;
      }
      Optional<LedgerEntry> before = ledger.byKey(activity.key());
      if (before.isPresent()) {
        results.add(duplicate(activity, before.get()));
        continue;
      }
      LoyaltyAccount account = ledger.lockedAccount(item.memberId());
      long room =
          AwardRules.capped(
              activity.points(),
              facts.earnedBetween(item.memberId(), today, today.plus(Duration.ofDays(1))),
              rules.rules().dailyCap());
      if (room == 0) {
        results.add(ActivityResult.refused(activity.externalId(), ActivityResult.DAILY_CAP));
        continue;
      }
      Posting posting =
          Posting.earned(
              activity.key(),
              "activity",
              room,
              rules.versionNo(),
              now,
              "loyalty.entry.activity",
              activity.label().strip());
      results.add(
          ledger
              .post(account, posting)
              .map(
                  entry ->
                      new ActivityResult(
                          activity.externalId(),
                          ActivityResult.Status.AWARDED,
                          entry.getPoints(),
                          entry.getId(),
                          account.getBalance(),
                          null))
              .orElseGet(() -> duplicate(activity, ledger.byKey(activity.key()).orElseThrow())));
    }
    return results;
  }

  private static ActivityResult duplicate(Activity activity, LedgerEntry award) {
    return new ActivityResult(
        activity.externalId(),
        ActivityResult.Status.DUPLICATE,
        award.getPoints() + award.getPendingPoints(),
        award.getId(),
        null,
        null);
  }

  private static String problem(Activity activity) {
    String id = activity.externalId();
    if (id == null
        || id.isBlank()
        || id.length() > Activity.EXTERNAL_ID_MAX
        || CONTROL.matcher(id).find()) {
      return ActivityResult.BAD_EXTERNAL_ID;
    }
    if ((activity.memberId() == null) == (activity.email() == null)) {
      return ActivityResult.NO_MEMBER;
    }
    if (activity.points() < 1 || activity.points() > Activity.POINTS_MAX) {
      return ActivityResult.BAD_POINTS;
    }
    String label = activity.label();
    if (label == null
        || label.isBlank()
        || label.strip().length() > Activity.LABEL_MAX
        || CONTROL.matcher(label).find()) {
      return ActivityResult.BAD_LABEL;
    }
    return null;
  }

  private Optional<Long> member(Activity activity) {
    if (activity.memberId() != null) {
      return em.createNamedQuery(Member.BY_ID, Member.class)
          .setParameter("id", activity.memberId())
          .getResultStream()
          .findFirst()
          .map(Member::getId);
    }
    return EmailAddress.parse(activity.email())
        .flatMap(
            address ->
                em.createNamedQuery(Member.BY_EMAIL, Member.class)
                    .setParameter("email", address.value())
                    .getResultStream()
                    .findFirst())
        .map(Member::getId);
  }
}
