package org.returnport.web.shop;

import java.io.Serializable;
import org.returnport.events.PointsRedeemed;
import org.returnport.money.Money;

/**
 * What the rewards page needs of the redemption feature: the member-facing boundary {@code
 * org.returnport.loyalty.redemption.boundary.Redemptions#redeemMine(long, Reward, String)}, which
 * turns the signed-in member's points into store credit or a discount code, once per idempotency
 * key, refusing amounts below the minimum, off the step or above the balance with a {@code
 * RejectedException}. {@link RewardsBacking#redeem()} is the one caller; a bean that passes the
 * call on to that boundary makes redeeming available, and without one the page says it is not.
 */
public interface RewardRedemption {

  Redeemed redeemMine(long points, PointsRedeemed.Reward reward, String idempotencyKey);

  /**
   * What a redemption gave.
   *
   * @param code the discount code to use at the shop's checkout, or the store credit's code (null
   *     when the credit is only listed with the member's credit)
   * @param balance the member's points left
   */
  record Redeemed(long points, PointsRedeemed.Reward reward, Money value, String code, long balance)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }
}
