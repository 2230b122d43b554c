package org.returnport.loyalty.program.entity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returnport.errors.RejectedException;
import org.returnport.policy.entity.LocalizedText;

/**
 * Everything a store's points program says, as one value: a published version keeps one of these
 * unchanged for ever, and every award names the version it was made under. Parts left out (of an
 * older version's JSON) take the values of {@link #DEFAULTS}.
 */
public record ProgramRules(
    LocalizedText pointsName,
    Earning earning,
    Integer holdDays,
    Integer dailyCap,
    Redemption redemption,
    TierBasis tierBasis,
    List<Tier> tiers,
    Expiry expiry) {

  public static final int MAX_POINTS = 1_000_000;

  /** The longest points name: it is shown beside every number on the shopper's pages. */
  public static final int NAME_MAX = 32;

  /** The longest tier name, as the returns side keeps it with each return. */
  public static final int TIER_NAME_MAX = 64;

  public static final int PERKS_MAX = 500;

  public static final int MAX_TIERS = 10;

  /** The highest threshold: points, or an amount of money spent in a year. */
  public static final long MAX_THRESHOLD = 1_000_000_000L;

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  private static final LocalizedText POINTS = new LocalizedText("Points", "积分");
  private static final Earning EARNING = new Earning(100, 50, 100, 100, 50, 5, 20);
  private static final Redemption REDEMPTION = new Redemption(new BigDecimal("0.01"), 500, 100);

  /** A program as review-driven stores commonly start: what a store has before it changes any. */
  public static final ProgramRules DEFAULTS =
      new ProgramRules(
          POINTS,
          EARNING,
          14,
          1000,
          REDEMPTION,
          TierBasis.POINTS,
          List.of(
              new Tier("silver", new LocalizedText("Silver", "白银"), BigDecimal.valueOf(500), null),
              new Tier("gold", new LocalizedText("Gold", "黄金"), BigDecimal.valueOf(2000), null)),
          new Expiry(ExpiryMode.INACTIVITY, 12));

  /** Tiers are kept from the lowest threshold up. */
  public ProgramRules {
    pointsName = pointsName == null ? POINTS : pointsName;
    earning = earning == null ? EARNING : earning;
    holdDays = holdDays == null ? 14 : holdDays;
    dailyCap = dailyCap == null ? 1000 : dailyCap;
    redemption = redemption == null ? REDEMPTION : redemption;
    tierBasis = tierBasis == null ? TierBasis.POINTS : tierBasis;
    tiers =
        tiers == null
            ? List.of()
            : tiers.stream()
                .sorted(
                    Comparator.comparing(
                        Tier::threshold, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    expiry = expiry == null || expiry.mode() == null ? new Expiry(ExpiryMode.NONE, 0) : expiry;
  }

  /** What a member earns, in points, for each thing the program rewards. */
  public record Earning(
      int join,
      int review,
      int reviewWithPhotos,
      int verifiedReturnBonus,
      int firstReviewBonus,
      int helpfulVote,
      int helpfulVotesPerMonth) {}

  /**
   * What a point is worth when redeemed, in the store's default currency, and how many may be
   * redeemed at once: at least {@code minimumPoints}, in multiples of {@code stepPoints}.
   */
  public record Redemption(BigDecimal pointValue, int minimumPoints, int stepPoints) {}

  /** What places a member in a tier: points earned, or money spent, over the last 12 months. */
  public enum TierBasis {
    POINTS,
    SPEND
  }

  /**
   * A tier, reached at {@code threshold} (points, or an amount in the store's default currency).
   * Its benefits inside returns are the return policy's, keyed by {@code code}; {@code perks} says
   * in the merchant's words what else it brings (may be null).
   */
  public record Tier(String code, LocalizedText name, BigDecimal threshold, LocalizedText perks) {}

  /**
   * When points lapse: never, after months without earning or redeeming, or months after earned.
   */
  public enum ExpiryMode {
    NONE,
    INACTIVITY,
    ROLLING
  }

  public record Expiry(ExpiryMode mode, int months) {}

  /** The highest tier whose threshold this standing (points or spend over 12 months) reaches. */
  public Optional<Tier> tierFor(BigDecimal standing) {
    Tier reached = null;
    for (Tier tier : tiers) {
      if (standing.compareTo(tier.threshold()) >= 0) {
        reached = tier;
      }
    }
    return Optional.ofNullable(reached);
  }

  /** The next tier above this standing, if there is one. */
  public Optional<Tier> nextTier(BigDecimal standing) {
    return tiers.stream().filter(tier -> standing.compareTo(tier.threshold()) < 0).findFirst();
  }

  public Optional<Tier> tier(String code) {
    return tiers.stream().filter(tier -> tier.code().equals(code)).findFirst();
  }

  /**
   * Refuses rules that could not be applied, naming the first field to fix. Checked when an admin
   * publishes them, not when an older version is read back.
   */
  public ProgramRules checked() {
    if (longer(pointsName, NAME_MAX)) {
      throw new RejectedException("pointsName", "returnport.loyalty.rules.pointsName", NAME_MAX);
    }
    Earning e = earning;
    Map<String, Integer> awards = new LinkedHashMap<>();
    awards.put("join", e.join());
    awards.put("review", e.review());
    awards.put("reviewWithPhotos", e.reviewWithPhotos());
    awards.put("verifiedReturnBonus", e.verifiedReturnBonus());
    awards.put("firstReviewBonus", e.firstReviewBonus());
    awards.put("helpfulVote", e.helpfulVote());
    for (Map.Entry<String, Integer> award : awards.entrySet()) {
      if (award.getValue() < 0 || award.getValue() > MAX_POINTS) {
        throw new RejectedException(award.getKey(), "returnport.loyalty.rules.points", MAX_POINTS);
      }
    }
    if (e.helpfulVotesPerMonth() < 0 || e.helpfulVotesPerMonth() > 1000) {
      throw new RejectedException("helpfulVotesPerMonth", "returnport.loyalty.rules.helpfulCap");
    }
    if (holdDays < 0 || holdDays > 365) {
      throw new RejectedException("holdDays", "returnport.loyalty.rules.holdDays");
    }
    if (dailyCap < 1 || dailyCap > MAX_POINTS) {
      throw new RejectedException("dailyCap", "returnport.loyalty.rules.dailyCap");
    }
    Redemption r = redemption;
    if (r.pointValue() == null
        || r.pointValue().signum() <= 0
        || r.pointValue().stripTrailingZeros().scale() > 4
        || r.pointValue().compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new RejectedException("pointValue", "returnport.loyalty.rules.pointValue");
    }
    if (r.stepPoints() < 1 || r.stepPoints() > MAX_POINTS) {
      throw new RejectedException("stepPoints", "returnport.loyalty.rules.step");
    }
    if (r.minimumPoints() < r.stepPoints()
        || r.minimumPoints() > MAX_POINTS
        || r.minimumPoints() % r.stepPoints() != 0) {
      throw new RejectedException("minimumPoints", "returnport.loyalty.rules.minimum");
    }
    if (tiers.size() > MAX_TIERS) {
      throw new RejectedException("tiers", "returnport.loyalty.rules.tierCount", MAX_TIERS);
    }
    Set<String> codes = new HashSet<>();
    for (Tier tier : tiers) {
      if (tier.code() == null || !CODE.matcher(tier.code()).matches() || !codes.add(tier.code())) {
        throw new RejectedException("tiers", "returnport.loyalty.rules.tierCode");
      }
      if (tier.name() == null || longer(tier.name(), TIER_NAME_MAX)) {
        throw new RejectedException("tiers", "returnport.loyalty.rules.tierName", TIER_NAME_MAX);
      }
      if (longer(tier.perks(), PERKS_MAX)) {
        throw new RejectedException("tiers", "returnport.loyalty.rules.perks", PERKS_MAX);
      }
      if (tier.threshold() == null
          || tier.threshold().signum() <= 0
          || tier.threshold().compareTo(BigDecimal.valueOf(MAX_THRESHOLD)) > 0
          || tier.threshold().stripTrailingZeros().scale() > (tierBasis == TierBasis.POINTS ? 0 : 2)
          || tiers.stream().filter(t -> t.threshold().compareTo(tier.threshold()) == 0).count()
              > 1) {
        throw new RejectedException("tiers", "returnport.loyalty.rules.tierThreshold");
      }
    }
    if (expiry.mode() != ExpiryMode.NONE && (expiry.months() < 1 || expiry.months() > 120)) {
      throw new RejectedException("expiryMonths", "returnport.loyalty.rules.expiryMonths");
    }
    return this;
  }

  private static boolean longer(LocalizedText text, int max) {
    return text != null
        && (text.en().length() > max || (text.zh() != null && text.zh().length() > max));
  }
}
