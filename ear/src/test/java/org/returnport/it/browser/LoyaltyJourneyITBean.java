package org.returnport.it.browser;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramVersion;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.tenancy.TenantScoped;

/**
 * For {@link LoyaltyJourneyIT}, deployed into the loyalty module: the store's program published
 * with Silver, Gold and Platinum tiers and "Stars" for points, and a member given enough points to
 * hold Gold, placed there as the tier review would.
 */
@Stateless
@TenantScoped
@AnyCaller
public class LoyaltyJourneyITBean {

  static final ProgramRules RULES =
      new ProgramRules(
          new LocalizedText("Stars", "星星"),
          null,
          null,
          null,
          null,
          ProgramRules.TierBasis.POINTS,
          List.of(
              new ProgramRules.Tier(
                  "silver", new LocalizedText("Silver", "白银"), BigDecimal.valueOf(500), null),
              new ProgramRules.Tier(
                  "gold",
                  new LocalizedText("Gold", "黄金"),
                  BigDecimal.valueOf(2000),
                  new LocalizedText("Free return shipping", "免费退货运费")),
              new ProgramRules.Tier(
                  "platinum", new LocalizedText("Platinum", "铂金"), BigDecimal.valueOf(5000), null)),
          null);

  @PersistenceContext EntityManager em;

  @Inject ProgramInForce inForce;

  @Inject Ledger ledger;

  /** Publishes the program and answers the member's account once they hold Gold. */
  public LoyaltyAccount goldMember(long memberId, long points) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int version = inForce.now().versionNo() + 1;
    em.persist(new ProgramVersion(version, RULES.checked(), "loyalty-journey-it", now));
    em.flush();
    ledger.post(
        memberId,
        Posting.earned(
            "activity/loyalty-journey-" + memberId,
            "activity",
            points,
            version,
            now,
            "loyalty.entry.loyaltyJourneyGift"));
    LoyaltyAccount account = ledger.lockedAccount(memberId);
    account.placeIn("gold", now);
    return account;
  }
}
