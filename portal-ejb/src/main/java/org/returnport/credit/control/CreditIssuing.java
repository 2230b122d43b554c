package org.returnport.credit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditEntry;
import org.returnport.credit.entity.CreditIssue;
import org.returnport.credit.entity.CreditKind;
import org.returnport.credit.entity.EntryKind;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDone;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.members.entity.Member;
import org.returnport.money.Money;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.values.EmailAddress;

/**
 * Pays a return's payout in store credit or as a gift card, in the transaction that announced it:
 * once per payout key (the second announcement finds the first issue, and the unique key stops two
 * at the same moment), with the policy's bonus as an entry of its own, an entry on the return's
 * timeline (the code's last four only), the shopper's e-mail through the outbox, and {@link
 * PayoutDone} (PAID, amount and bonus, the last four as reference).
 */
@Dependent
public class CreditIssuing {

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject Tenants tenants;

  @Inject CreditMails mails;

  @Inject Event<DomainEvent> events;

  @Inject CurrentTenant currentTenant;

  private final Clock clock = Clock.systemUTC();

  void due(@Observes PayoutDue due) {
    if (due.method() != PayoutMethod.STORE_CREDIT && due.method() != PayoutMethod.GIFT_CARD) {
      return;
    }
    boolean issued =
        em.createNamedQuery(CreditIssue.BY_PAYOUT, CreditIssue.class)
            .setParameter("payoutKey", due.payoutKey())
            .getResultStream()
            .findFirst()
            .isPresent();
    if (issued) {
      return;
    }
    ReturnCase returnCase = em.find(ReturnCase.class, due.returnId());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String store = due.tenant().slug();
    String country = tenants.require(store).getCountry();
    Money bonus = CreditIssue.bonus(due);
    EmailAddress email = EmailAddress.parse(returnCase.getEmail()).orElseThrow();
    Long memberId = memberOf(email);
    CreditKind kind =
        due.method() == PayoutMethod.GIFT_CARD ? CreditKind.GIFT_CARD : CreditKind.STORE_CREDIT;

    String code = null;
    CreditAccount account = null;
    if (kind == CreditKind.STORE_CREDIT) {
      account =
          em.createNamedQuery(CreditAccount.BY_OWNER, CreditAccount.class)
              .setParameter("owner", CreditAccount.ownerKey(email, due.amount().currency()))
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultStream()
              .findFirst()
              .orElse(null);
    }
    if (account == null) {
      code = CreditCode.generate();
      String normalized = CreditCode.normalize(code).orElseThrow();
      account =
          new CreditAccount(
              kind,
              email,
              memberId,
              due.amount().currency(),
              CreditCode.hash(normalized),
              CreditCode.last4(normalized),
              seal.seal(normalized, store),
              now);
      em.persist(account);
      em.flush();
    } else {
      account.linkMember(memberId);
      code = CreditCode.grouped(seal.open(account.getCodeSealed(), store));
    }
    if (!due.amount().isZero()) {
      em.persist(account.post(EntryKind.ISSUE, due.amount(), due.payoutKey(), now));
    }
    if (!bonus.isZero()) {
      em.persist(account.post(EntryKind.BONUS, bonus, due.payoutKey(), now));
    }
    account.extendTo(ExpiryRules.expiry(country, kind, now));
    em.persist(new CreditIssue(due, account, now));

    Money total = due.amount().plus(bonus);
    returnCase.note(
        kind == CreditKind.GIFT_CARD ? EventKind.GIFT_CARD_ISSUED : EventKind.CREDIT_ISSUED,
        null,
        mails.timelineText(returnCase, kind, total, account),
        now);
    mails.issued(due.eventId(), returnCase, kind, total, account, code);
    em.flush();
    events.fire(
        new PayoutDone(
            due.tenant(),
            UUID.nameUUIDFromBytes(
                ("credit-paid/" + due.payoutKey()).getBytes(StandardCharsets.UTF_8)),
            now,
            due.returnId(),
            due.rma(),
            due.payoutKey(),
            due.method(),
            PayoutOutcome.PAID,
            total,
            account.getCodeLast4()));
  }

  /**
   * Store credit a member bought with loyalty points, in the caller's transaction: added to their
   * store credit in the value's currency (an account opened, with a new code, on first use) as a
   * {@link EntryKind#LOYALTY} entry, once per {@code reference} (the points redemption's own key):
   * asked again, it adds nothing and answers the account as it stands. Credit lasts from then on as
   * the store's country's rule for store credit says. Answers the account and its whole code, for
   * the member to be shown.
   */
  public PointsCredit fromPoints(String reference, EmailAddress email, long memberId, Money value) {
    if (reference == null
        || reference.isBlank()
        || reference.length() > CreditEntry.REFERENCE_MAX) {
      throw new IllegalArgumentException("credit from points needs a reference: " + reference);
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("credit from points must be worth something: " + value);
    }
    String store = currentTenant.get().orElseThrow().slug();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    CreditAccount account =
        em.createNamedQuery(CreditAccount.BY_OWNER, CreditAccount.class)
            .setParameter("owner", CreditAccount.ownerKey(email, value.currency()))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null) {
      String normalized = CreditCode.normalize(CreditCode.generate()).orElseThrow();
      account =
          new CreditAccount(
              CreditKind.STORE_CREDIT,
              email,
              memberId,
              value.currency(),
              CreditCode.hash(normalized),
              CreditCode.last4(normalized),
              seal.seal(normalized, store),
              now);
      em.persist(account);
      em.flush();
    } else {
      account.linkMember(memberId);
    }
    boolean issued =
        !em.createNamedQuery(CreditEntry.BY_REFERENCE, CreditEntry.class)
            .setParameter("kind", EntryKind.LOYALTY)
            .setParameter("reference", reference)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!issued) {
      em.persist(account.post(EntryKind.LOYALTY, value, reference, now));
      String country = tenants.require(store).getCountry();
      account.extendTo(ExpiryRules.expiry(country, CreditKind.STORE_CREDIT, now));
      em.flush();
    }
    return new PointsCredit(
        account, CreditCode.grouped(seal.open(account.getCodeSealed(), store)), issued);
  }

  /**
   * Store credit bought with points: the account, its whole code (grouped for reading), and whether
   * it had been issued before under the same reference (nothing was added this time).
   */
  public record PointsCredit(CreditAccount account, String code, boolean replayed) {}

  private Long memberOf(EmailAddress email) {
    Optional<Member> member =
        em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", email.value())
            .getResultStream()
            .findFirst();
    return member.map(Member::getId).orElse(null);
  }
}
