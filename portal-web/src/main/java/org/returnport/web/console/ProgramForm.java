package org.returnport.web.console;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.Earning;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;
import org.returnport.loyalty.program.entity.ProgramRules.Redemption;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;
import org.returnport.loyalty.program.entity.ProgramRules.TierBasis;
import org.returnport.policy.entity.LocalizedText;

/**
 * The program editor's fields, flat so that the page can bind them and add or remove tiers freely.
 * What the rules allow is {@link ProgramRules#checked()}'s to say; this only turns typed wording
 * into texts, refusing a text that has Chinese but no English.
 */
public class ProgramForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String pointsNameEn;
  private String pointsNameZh;
  private int join;
  private int review;
  private int reviewWithPhotos;
  private int verifiedReturnBonus;
  private int firstReviewBonus;
  private int helpfulVote;
  private int helpfulVotesPerMonth;
  private int holdDays;
  private int dailyCap;
  private BigDecimal pointValue;
  private int minimumPoints;
  private int stepPoints;
  private TierBasis tierBasis;
  private final List<TierRow> tiers = new ArrayList<>();
  private ExpiryMode expiryMode;
  private int expiryMonths;

  /** One tier as typed. */
  public static class TierRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameEn;
    private String nameZh;
    private BigDecimal threshold;
    private String perksEn;
    private String perksZh;

    static TierRow of(Tier tier) {
      TierRow row = new TierRow();
      row.code = tier.code();
      row.nameEn = tier.name().en();
      row.nameZh = tier.name().zh();
      row.threshold = tier.threshold();
      row.perksEn = tier.perks() == null ? null : tier.perks().en();
      row.perksZh = tier.perks() == null ? null : tier.perks().zh();
      return row;
    }

    Tier toTier() {
      return new Tier(
          code == null ? null : code.strip(),
          text(
              nameEn,
              nameZh,
              "tiers",
              "returnport.loyalty.rules.tierName",
              ProgramRules.TIER_NAME_MAX),
          threshold,
          text(
              perksEn, perksZh, "tiers", "returnport.loyalty.rules.perks", ProgramRules.PERKS_MAX));
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String nameZh) {
      this.nameZh = nameZh;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
      this.threshold = threshold;
    }

    public String getPerksEn() {
      return perksEn;
    }

    public void setPerksEn(String perksEn) {
      this.perksEn = perksEn;
    }

    public String getPerksZh() {
      return perksZh;
    }

    public void setPerksZh(String perksZh) {
      this.perksZh = perksZh;
    }
  }

  public static ProgramForm of(ProgramRules rules) {
    ProgramForm form = new ProgramForm();
    form.pointsNameEn = rules.pointsName().en();
    form.pointsNameZh = rules.pointsName().zh();
    Earning e = rules.earning();
    form.join = e.join();
    form.review = e.review();
    form.reviewWithPhotos = e.reviewWithPhotos();
    form.verifiedReturnBonus = e.verifiedReturnBonus();
    form.firstReviewBonus = e.firstReviewBonus();
    form.helpfulVote = e.helpfulVote();
    form.helpfulVotesPerMonth = e.helpfulVotesPerMonth();
    form.holdDays = rules.holdDays();
    form.dailyCap = rules.dailyCap();
    form.pointValue = rules.redemption().pointValue();
    form.minimumPoints = rules.redemption().minimumPoints();
    form.stepPoints = rules.redemption().stepPoints();
    form.tierBasis = rules.tierBasis();
    rules.tiers().forEach(tier -> form.tiers.add(TierRow.of(tier)));
    form.expiryMode = rules.expiry().mode();
    form.expiryMonths = rules.expiry().months();
    return form;
  }

  public ProgramRules toRules() {
    LocalizedText pointsName =
        text(
            pointsNameEn,
            pointsNameZh,
            "pointsName",
            "returnport.loyalty.rules.pointsName",
            ProgramRules.NAME_MAX);
    if (pointsName == null) {
      throw new RejectedException(
          "pointsName", "returnport.loyalty.rules.pointsName", ProgramRules.NAME_MAX);
    }
    return new ProgramRules(
        pointsName,
        new Earning(
            join,
            review,
            reviewWithPhotos,
            verifiedReturnBonus,
            firstReviewBonus,
            helpfulVote,
            helpfulVotesPerMonth),
        holdDays,
        dailyCap,
        new Redemption(pointValue, minimumPoints, stepPoints),
        tierBasis,
        tiers.stream().map(TierRow::toTier).toList(),
        new Expiry(expiryMode, expiryMode == ExpiryMode.NONE ? 0 : expiryMonths));
  }

  /**
   * A text in both languages, none when both are blank; Chinese alone has no English to fall to.
   */
  private static LocalizedText text(String en, String zh, String field, String key, int max) {
    boolean noEn = en == null || en.isBlank();
    if (noEn && (zh == null || zh.isBlank())) {
      return null;
    }
    if (noEn) {
      throw new RejectedException(field, key, max);
    }
    return new LocalizedText(en, zh);
  }

  public void addTier() {
    tiers.add(new TierRow());
  }

  public void removeTier(int index) {
    if (index >= 0 && index < tiers.size()) {
      tiers.remove(index);
    }
  }

  public List<TierRow> getTiers() {
    return tiers;
  }

  public TierBasis[] getTierBases() {
    return TierBasis.values();
  }

  public ExpiryMode[] getExpiryModes() {
    return ExpiryMode.values();
  }

  public String getPointsNameEn() {
    return pointsNameEn;
  }

  public void setPointsNameEn(String pointsNameEn) {
    this.pointsNameEn = pointsNameEn;
  }

  public String getPointsNameZh() {
    return pointsNameZh;
  }

  public void setPointsNameZh(String pointsNameZh) {
    this.pointsNameZh = pointsNameZh;
  }

  public int getJoin() {
    return join;
  }

  public void setJoin(int join) {
    this.join = join;
  }

  public int getReview() {
    return review;
  }

  public void setReview(int review) {
    this.review = review;
  }

  public int getReviewWithPhotos() {
    return reviewWithPhotos;
  }

  public void setReviewWithPhotos(int reviewWithPhotos) {
    this.reviewWithPhotos = reviewWithPhotos;
  }

  public int getVerifiedReturnBonus() {
    return verifiedReturnBonus;
  }

  public void setVerifiedReturnBonus(int verifiedReturnBonus) {
    this.verifiedReturnBonus = verifiedReturnBonus;
  }

  public int getFirstReviewBonus() {
    return firstReviewBonus;
  }

  public void setFirstReviewBonus(int firstReviewBonus) {
    this.firstReviewBonus = firstReviewBonus;
  }

  public int getHelpfulVote() {
    return helpfulVote;
  }

  public void setHelpfulVote(int helpfulVote) {
    this.helpfulVote = helpfulVote;
  }

  public int getHelpfulVotesPerMonth() {
    return helpfulVotesPerMonth;
  }

  public void setHelpfulVotesPerMonth(int helpfulVotesPerMonth) {
    this.helpfulVotesPerMonth = helpfulVotesPerMonth;
  }

  public int getHoldDays() {
    return holdDays;
  }

  public void setHoldDays(int holdDays) {
    this.holdDays = holdDays;
  }

  public int getDailyCap() {
    return dailyCap;
  }

  public void setDailyCap(int dailyCap) {
    this.dailyCap = dailyCap;
  }

  public BigDecimal getPointValue() {
    return pointValue;
  }

  public void setPointValue(BigDecimal pointValue) {
    this.pointValue = pointValue;
  }

  public int getMinimumPoints() {
    return minimumPoints;
  }

  public void setMinimumPoints(int minimumPoints) {
    this.minimumPoints = minimumPoints;
  }

  public int getStepPoints() {
    return stepPoints;
  }

  public void setStepPoints(int stepPoints) {
    this.stepPoints = stepPoints;
  }

  public TierBasis getTierBasis() {
    return tierBasis;
  }

  public void setTierBasis(TierBasis tierBasis) {
    this.tierBasis = tierBasis;
  }

  public ExpiryMode getExpiryMode() {
    return expiryMode;
  }

  public void setExpiryMode(ExpiryMode expiryMode) {
    this.expiryMode = expiryMode;
  }

  public int getExpiryMonths() {
    return expiryMonths;
  }

  public void setExpiryMonths(int expiryMonths) {
    this.expiryMonths = expiryMonths;
  }
}
