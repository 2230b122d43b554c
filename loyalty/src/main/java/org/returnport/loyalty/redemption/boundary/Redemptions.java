package org.returnport.loyalty.redemption.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.access.IntegrationKeys;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.loyalty.redemption.control.MemberLookup;
import org.returnport.loyalty.redemption.control.RedemptionDesk;
import org.returnport.loyalty.redemption.control.ShopifyDiscountCsv;
import org.returnport.loyalty.redemption.entity.LoyaltyRedemption;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * Members turn points into store credit or a discount code for the store's shop: the signed-in
 * member on the rewards page or with their own API token, or the store's systems for a member they
 * name. At least the minimum of the rules in force, in whole steps, never more than the balance nor
 * while the member owes points; once per idempotency key. The store's staff list the discount codes
 * and export them for a Shopify shop.
 */
@Stateless
@TenantScoped
public class Redemptions {

  /** The most codes one export holds: a year of a large store's redemptions. */
  public static final int EXPORT_MAX = 50_000;

  @PersistenceContext EntityManager em;

  @Inject RedemptionDesk desk;

  @Inject MemberLookup lookup;

  /**
   * Redeems the signed-in member's points. The answer carries the whole code of the credit or the
   * discount code, for the member to see; the same key again answers the same redemption.
   */
  @AnyCaller
  public Redeemed redeemMine(long points, Reward reward, String idempotencyKey) {
    RedemptionDesk.requireKey(idempotencyKey);
    return desk.redeem(lookup.signedIn(true), points, reward, idempotencyKey);
  }

  /** The signed-in member's redemptions, newest first, with their codes. */
  @AnyCaller
  public List<Redeemed> mine(int max) {
    Member member = lookup.signedIn(false);
    return em.createNamedQuery(LoyaltyRedemption.OF_MEMBER, LoyaltyRedemption.class)
        .setParameter("memberId", member.getId())
        .setMaxResults(Math.max(1, Math.min(max, 100)))
        .getResultStream()
        .map(redemption -> desk.answer(redemption, true))
        .toList();
  }

  /**
   * Redeems points of the member the store's systems name; another store's member is not found. The
   * answer carries the code, which the store's systems hand to their member.
   */
  @IntegrationKeys
  public Redeemed redeemFor(long memberId, long points, Reward reward, String idempotencyKey) {
    RedemptionDesk.requireKey(idempotencyKey);
    return desk.redeem(lookup.byId(memberId, true), points, reward, idempotencyKey);
  }

  /** The discount codes bought with points, newest first, their last four only. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public List<DiscountCodeView> discountCodes(int first, int max) {
    return em.createNamedQuery(LoyaltyRedemption.OF_REWARD, LoyaltyRedemption.class)
        .setParameter("reward", Reward.DISCOUNT_CODE)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(max, 200)))
        .getResultStream()
        .map(
            r ->
                new DiscountCodeView(
                    r.getMemberId(),
                    r.getPoints(),
                    r.getValue(),
                    r.getCodeLast4(),
                    r.getCreatedAt()))
        .toList();
  }

  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public long discountCodeCount() {
    return em.createNamedQuery(LoyaltyRedemption.COUNT_OF_REWARD, Long.class)
        .setParameter("reward", Reward.DISCOUNT_CODE)
        .getSingleResult();
  }

  /**
   * Every discount code bought with points, whole, as a CSV a Shopify store imports (see {@link
   * ShopifyDiscountCsv} for the columns): the store's shop then takes them at checkout.
   */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public String shopifyCsv() {
    List<ShopifyDiscountCsv.Row> rows =
        em.createNamedQuery(LoyaltyRedemption.OF_REWARD, LoyaltyRedemption.class)
            .setParameter("reward", Reward.DISCOUNT_CODE)
            .setMaxResults(EXPORT_MAX)
            .getResultStream()
            .map(r -> new ShopifyDiscountCsv.Row(r.getCode(), r.getValue(), r.getCreatedAt()))
            .toList();
    return ShopifyDiscountCsv.csv(rows);
  }
}
