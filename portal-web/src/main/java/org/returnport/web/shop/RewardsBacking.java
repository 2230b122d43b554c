package org.returnport.web.shop;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.returnport.credit.boundary.CreditView;
import org.returnport.credit.boundary.Credits;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.PointsRedeemed;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.redemption.boundary.Redeemed;
import org.returnport.loyalty.redemption.boundary.Redemptions;
import org.returnport.loyalty.rewards.boundary.HistoryPage;
import org.returnport.loyalty.rewards.boundary.MyRewards;
import org.returnport.loyalty.rewards.boundary.RewardsView;
import org.returnport.money.Money;
import org.returnport.web.errors.Feedback;
import org.returnport.web.errors.Messages;
import org.returnport.web.i18n.Formats;

/**
 * {@code /s/{slug}/rewards}: the signed-in member's points in this store (spendable, on hold and
 * when they confirm, owed), their tier with a bar to the next, the history a page at a time with
 * each entry's explanation, how to earn under the rules in force, and the form that redeems points
 * into store credit or a discount code. Someone signed in who is not a member is offered to join.
 */
@Model
public class RewardsBacking {

  /** The fields of a refused redemption that the form shows next to their input. */
  private static final Set<String> FIELDS = Set.of("points", "reward");

  @Inject MyRewards rewards;

  @Inject Credits credits;

  @Inject Redemptions redemptions;

  @Inject Feedback feedback;

  @Inject Formats fmt;

  private int page = 1;
  private RewardsView view;
  private HistoryPage history;
  private List<CreditView> creditList;
  private Long points;
  private PointsRedeemed.Reward reward = PointsRedeemed.Reward.STORE_CREDIT;
  private String idempotencyKey;
  private Redeemed redeemed;

  /**
   * Turns the chosen points into the chosen reward. The key was written into the form when it was
   * shown: a double tap or a reload sends it again and redeems once.
   */
  public void redeem() {
    if (points == null) {
      feedback.error("shop.rewards.redeem.pointsRequired");
      return;
    }
    try {
      // The page shows what it gave in its own status block (#redeemed), with the code.
      redeemed = redemptions.redeemMine(points, reward, idempotencyKey);
      points = null;
    } catch (RejectedException e) {
      if (e.field() != null && FIELDS.contains(e.field())) {
        feedback.rejected(e, "redeem");
      } else {
        feedback.error(e.messageKey(), e.arguments().toArray());
      }
    } catch (NotFoundException e) {
      feedback.error("shop.rewards.notMember");
    }
    idempotencyKey = null;
    view = null;
    history = null;
    creditList = null;
  }

  public boolean isMember() {
    return view() != null;
  }

  public RewardsView getView() {
    return view();
  }

  public HistoryPage getHistory() {
    if (history == null) {
      history = rewards.history(page).orElse(null);
    }
    return history;
  }

  /** The member's store credit and gift cards, where credit from points shows up. */
  public List<CreditView> getCredits() {
    if (creditList == null) {
      creditList = credits.mine();
    }
    return creditList;
  }

  /** The rules in force, for the member and for someone who has not joined yet alike. */
  public ProgramRules getRules() {
    return isMember() ? view.rules() : rewards.rules();
  }

  public String getPointsName() {
    return fmt.text(getRules().pointsName());
  }

  /** The entry's own explanation, or in general words what it did. */
  public String explain(HistoryPage.Entry entry) {
    return EntryExplanations.explain(
        bundle(), locale(), entry.messageKey(), entry.messageArgs(), entry.kind());
  }

  public String explainAward(RewardsView.PendingAward award) {
    return EntryExplanations.explain(
        bundle(),
        locale(),
        award.messageKey(),
        award.messageArgs(),
        org.returnport.loyalty.ledger.entity.EntryKind.EARN);
  }

  /** An amount of the tier's basis: points as a number, spend as money. */
  public String standing(BigDecimal amount) {
    if (getRules().tierBasis() == ProgramRules.TierBasis.SPEND) {
      return fmt.money(new Money(amount, view().currency()));
    }
    return Messages.format(
        "shop.rewards.points", List.of(amount.longValue(), getPointsName()), locale());
  }

  /** A number of points with the program's name for them ("150 Points"). */
  public String amount(long points) {
    return Messages.format("shop.rewards.earn.amount", List.of(points, getPointsName()), locale());
  }

  public boolean isSpendBasis() {
    return getRules().tierBasis() == ProgramRules.TierBasis.SPEND;
  }

  public Money valueOf(long amount) {
    return view().limits().valueOf(amount);
  }

  public PointsRedeemed.Reward[] getRewards() {
    return PointsRedeemed.Reward.values();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getPoints() {
    return points;
  }

  public void setPoints(Long points) {
    this.points = points;
  }

  public PointsRedeemed.Reward getReward() {
    return reward;
  }

  public void setReward(PointsRedeemed.Reward reward) {
    this.reward = reward;
  }

  /** A new key for each form shown; the one sent back while the request redeems. */
  public String getIdempotencyKey() {
    if (idempotencyKey == null) {
      idempotencyKey = UUID.randomUUID().toString();
    }
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  /** What the redemption just made gave, to show its code. */
  public Redeemed getRedeemed() {
    return redeemed;
  }

  private RewardsView view() {
    if (view == null) {
      view = rewards.mine().orElse(null);
    }
    return view;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle(Messages.BUNDLE, locale());
  }
}
