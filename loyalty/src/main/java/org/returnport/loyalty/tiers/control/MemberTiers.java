package org.returnport.loyalty.tiers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.members.entity.Member;
import org.returnport.policy.control.ShopperTiers;
import org.returnport.values.EmailAddress;

/**
 * Answers the return policy's question: the tier of the current store's member with this verified
 * address, named as the rules in force name it. A shopper who is no member, or whose tier the
 * merchant has since removed, has none.
 */
@Dependent
public class MemberTiers implements ShopperTiers {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject ProgramInForce program;

  @Override
  public Optional<ShopperTier> tierOf(EmailAddress email) {
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", email.value())
        .getResultStream()
        .filter(member -> email.matches(member.getEmail()))
        .findFirst()
        .flatMap(member -> ledger.account(member.getId()))
        .map(LoyaltyAccount::getTierCode)
        .flatMap(code -> program.now().rules().tier(code))
        .map(tier -> new ShopperTier(tier.code(), tier.name()));
  }
}
