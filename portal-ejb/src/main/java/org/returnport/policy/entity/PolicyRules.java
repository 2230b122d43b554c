package org.returnport.policy.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;

/**
 * Everything a store's return policy says, as one value: a version of the policy keeps one of these
 * unchanged for ever. Amounts carry their currency; a rule about money applies to orders paid in
 * that currency, so a store selling in several currencies writes a row for each. Loyalty tiers may
 * be granted more ({@link #tierBenefits}): {@link #forTier} answers the rules as they hold for a
 * member of one tier.
 */
public record PolicyRules(
    int windowDays,
    int shipWithinDays,
    int reviewWithinHours,
    List<ItemRule> itemRules,
    List<Condition> conditions,
    List<Reason> reasons,
    Set<Resolution> resolutions,
    BigDecimal storeCreditBonusPercent,
    List<ShippingFee> shippingFees,
    List<RestockingFee> restockingFees,
    List<Money> freeReturnsFrom,
    KeepIt keepIt,
    AutoApproval autoApproval,
    List<Hub> hubs,
    Payouts payouts,
    List<TierBenefit> tierBenefits) {

  public static final int MAX_WINDOW_DAYS = 365;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  /** A list, set or rule left out (e.g. of a JSON document) means none. */
  @JsonbCreator
  public PolicyRules {
    itemRules = orNone(itemRules);
    conditions = orNone(conditions);
    reasons = orNone(reasons);
    resolutions = resolutions == null ? Set.of() : resolutions;
    // In the enum's order, so that pages list them the same way every time.
    resolutions =
        resolutions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(resolutions));
    shippingFees = orNone(shippingFees);
    restockingFees = orNone(restockingFees);
    freeReturnsFrom = orNone(freeReturnsFrom);
    keepIt = keepIt == null ? new KeepIt(List.of(), Set.of()) : keepIt;
    autoApproval = autoApproval == null ? new AutoApproval(false, List.of(), 0) : autoApproval;
    hubs = orNone(hubs);
    payouts = payouts == null ? Payouts.DEFAULT : payouts;
    tierBenefits = orNone(tierBenefits);
  }

  /** Rules that grant loyalty tiers nothing of their own, as policies were before tiers. */
  public PolicyRules(
      int windowDays,
      int shipWithinDays,
      int reviewWithinHours,
      List<ItemRule> itemRules,
      List<Condition> conditions,
      List<Reason> reasons,
      Set<Resolution> resolutions,
      BigDecimal storeCreditBonusPercent,
      List<ShippingFee> shippingFees,
      List<RestockingFee> restockingFees,
      List<Money> freeReturnsFrom,
      KeepIt keepIt,
      AutoApproval autoApproval,
      List<Hub> hubs,
      Payouts payouts) {
    this(
        windowDays,
        shipWithinDays,
        reviewWithinHours,
        itemRules,
        conditions,
        reasons,
        resolutions,
        storeCreditBonusPercent,
        shippingFees,
        restockingFees,
        freeReturnsFrom,
        keepIt,
        autoApproval,
        hubs,
        payouts,
        List.of());
  }

  /**
   * The same rules with every return window longer by some days (an incident gives the shoppers of
   * a region or carrier more time); final-sale and non-returnable items stay so.
   */
  public PolicyRules withLongerWindows(int days) {
    List<ItemRule> longer =
        itemRules.stream()
            .map(
                rule ->
                    rule.treatment() == Treatment.WINDOW && rule.windowDays() != null
                        ? new ItemRule(
                            rule.category(), rule.key(), rule.treatment(), rule.windowDays() + days)
                        : rule)
            .toList();
    return new PolicyRules(
        windowDays + days,
        shipWithinDays,
        reviewWithinHours,
        longer,
        conditions,
        reasons,
        resolutions,
        storeCreditBonusPercent,
        shippingFees,
        restockingFees,
        freeReturnsFrom,
        keepIt,
        autoApproval,
        hubs,
        payouts,
        tierBenefits);
  }

  /** What the policy grants the members of a tier beyond itself, if anything. */
  public Optional<TierBenefit> benefitFor(String tierCode) {
    return tierCode == null
        ? Optional.empty()
        : tierBenefits.stream().filter(benefit -> benefit.tier().equals(tierCode)).findFirst();
  }

  /**
   * The rules as they hold for a shopper of this tier (none: {@code null}): free return shipping
   * drops every shipping fee, more days lengthen every window as {@link #withLongerWindows} does, a
   * refund at the first scan moves a later payout moment there, and a higher store-credit bonus
   * replaces the policy's. Nothing a tier is given makes a rule worse. The answer grants no tier
   * anything more, so applying it twice changes nothing.
   */
  public PolicyRules forTier(String tierCode) {
    Optional<TierBenefit> found = benefitFor(tierCode);
    if (found.isEmpty()) {
      return tierBenefits.isEmpty() ? this : withoutTiers(this);
    }
    TierBenefit benefit = found.get();
    PolicyRules longer =
        benefit.extraWindowDays() > 0 ? withLongerWindows(benefit.extraWindowDays()) : this;
    boolean earlier =
        benefit.refundAtFirstScan() && payouts.refundAt().compareTo(RefundTiming.FIRST_SCAN) > 0;
    BigDecimal bonus =
        benefit.storeCreditBonusPercent() != null
                && (storeCreditBonusPercent == null
                    || benefit.storeCreditBonusPercent().compareTo(storeCreditBonusPercent) > 0)
            ? benefit.storeCreditBonusPercent()
            : storeCreditBonusPercent;
    return new PolicyRules(
        longer.windowDays,
        shipWithinDays,
        reviewWithinHours,
        longer.itemRules,
        conditions,
        reasons,
        resolutions,
        bonus,
        benefit.freeReturnShipping() ? List.of() : shippingFees,
        restockingFees,
        freeReturnsFrom,
        keepIt,
        autoApproval,
        hubs,
        earlier
            ? new Payouts(
                RefundTiming.FIRST_SCAN, payouts.instantExchange(), payouts.refundDuties())
            : payouts,
        List.of());
  }

  /**
   * What a tier's members are told they get, in the order shoppers read it: only what is better
   * than the policy itself (a first-scan refund where the policy pays at approval anyway, or a
   * bonus not above the policy's, is no benefit).
   */
  public List<TierPerk> tierPerks(String tierCode) {
    Optional<TierBenefit> found = benefitFor(tierCode);
    if (found.isEmpty()) {
      return List.of();
    }
    TierBenefit benefit = found.get();
    List<TierPerk> perks = new ArrayList<>();
    if (benefit.freeReturnShipping()) {
      perks.add(new TierPerk(Perk.FREE_RETURN_SHIPPING, null));
    }
    if (benefit.extraWindowDays() > 0) {
      perks.add(new TierPerk(Perk.LONGER_WINDOW, BigDecimal.valueOf(benefit.extraWindowDays())));
    }
    if (benefit.refundAtFirstScan() && payouts.refundAt().compareTo(RefundTiming.FIRST_SCAN) > 0) {
      perks.add(new TierPerk(Perk.REFUND_AT_FIRST_SCAN, null));
    }
    BigDecimal bonus = forTier(tierCode).storeCreditBonusPercent();
    if (bonus != null && !bonus.equals(storeCreditBonusPercent)) {
      perks.add(new TierPerk(Perk.STORE_CREDIT_BONUS, bonus.stripTrailingZeros()));
    }
    return List.copyOf(perks);
  }

  private static PolicyRules withoutTiers(PolicyRules rules) {
    return new PolicyRules(
        rules.windowDays,
        rules.shipWithinDays,
        rules.reviewWithinHours,
        rules.itemRules,
        rules.conditions,
        rules.reasons,
        rules.resolutions,
        rules.storeCreditBonusPercent,
        rules.shippingFees,
        rules.restockingFees,
        rules.freeReturnsFrom,
        rules.keepIt,
        rules.autoApproval,
        rules.hubs,
        rules.payouts);
  }

  private static <T> List<T> orNone(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * Refuses a policy that could not be applied, naming the first thing to fix. Checked when a
   * merchant publishes it, not when it is read back: a published version stays readable.
   */
  public PolicyRules checked() {
    requireDays("windowDays", windowDays, MAX_WINDOW_DAYS);
    requireDays("shipWithinDays", shipWithinDays, 90);
    if (reviewWithinHours < 1 || reviewWithinHours > 24 * 14) {
      throw new RejectedException("reviewWithinHours", "returnport.policy.reviewHours");
    }
    for (ItemRule rule : itemRules) {
      if (rule.key() == null || rule.key().isBlank()) {
        throw new RejectedException("itemRules", "returnport.policy.itemRule.key");
      }
      if (rule.treatment() == Treatment.WINDOW) {
        requireDays("itemRules", rule.windowDays() == null ? -1 : rule.windowDays(), 730);
      }
    }
    requireUniqueCodes("conditions", conditions.stream().map(Condition::code).toList());
    if (conditions.stream().anyMatch(condition -> condition.label() == null)
        || reasons.stream().anyMatch(reason -> reason.label() == null)) {
      throw new RejectedException("reasons", "returnport.policy.label");
    }
    if (conditions.stream().noneMatch(Condition::accepted)) {
      throw new RejectedException("conditions", "returnport.policy.noCondition");
    }
    if (reasons.isEmpty()) {
      throw new RejectedException("reasons", "returnport.policy.noReason");
    }
    requireUniqueCodes("reasons", reasons.stream().map(Reason::code).toList());
    if (resolutions.isEmpty()) {
      throw new RejectedException("resolutions", "returnport.policy.noResolution");
    }
    requirePercent("storeCreditBonusPercent", storeCreditBonusPercent);
    for (ShippingFee fee : shippingFees) {
      requireArea("shippingFees", fee.area());
      if (fee.category() == null) {
        throw new RejectedException("shippingFees", "returnport.policy.area", "null");
      }
      requireNotNegative("shippingFees", fee.fee());
    }
    for (RestockingFee fee : restockingFees) {
      if ((fee.percent() == null) == (fee.fixedPerUnit() == null)) {
        throw new RejectedException("restockingFees", "returnport.policy.restocking.kind");
      }
      if (fee.category() == null || fee.reason() == null) {
        throw new RejectedException("restockingFees", "returnport.policy.area", "null");
      }
      if (fee.percent() != null) {
        requirePercent("restockingFees", fee.percent());
      } else {
        requireNotNegative("restockingFees", fee.fixedPerUnit());
      }
    }
    freeReturnsFrom.forEach(threshold -> requireNotNegative("freeReturnsFrom", threshold));
    keepIt.under().forEach(limit -> requireNotNegative("keepIt", limit));
    autoApproval.maxOrderValue().forEach(limit -> requireNotNegative("autoApproval", limit));
    if (autoApproval.maxReturnsIn90Days() < 0) {
      throw new RejectedException("autoApproval", "returnport.policy.negative");
    }
    if (hubs.isEmpty()) {
      throw new RejectedException("hubs", "returnport.policy.noHub");
    }
    for (Hub hub : hubs) {
      if (isBlank(hub.name()) || isBlank(hub.address()) || isBlank(hub.carrier())) {
        throw new RejectedException("hubs", "returnport.policy.hub");
      }
      if (!Regions.isCountry(hub.country())) {
        throw new RejectedException("hubs", "returnport.policy.area", hub.country());
      }
      hub.serves().forEach(area -> requireArea("hubs", area));
      for (CarrierRoute route : hub.carriers()) {
        requireArea("hubs", route.area());
        if (isBlank(route.carrier())) {
          throw new RejectedException("hubs", "returnport.policy.hub");
        }
      }
    }
    requireUniqueCodes("tierBenefits", tierBenefits.stream().map(TierBenefit::tier).toList());
    for (TierBenefit benefit : tierBenefits) {
      requireDays("tierBenefits", benefit.extraWindowDays(), MAX_WINDOW_DAYS);
      if (benefit.storeCreditBonusPercent() != null) {
        requirePercent("tierBenefits", benefit.storeCreditBonusPercent());
      }
      if (benefit.grantsNothing()) {
        throw new RejectedException(
            "tierBenefits", "returnport.policy.tierBenefit.empty", benefit.tier());
      }
    }
    return this;
  }

  public Optional<Reason> reason(String code) {
    return reasons.stream().filter(reason -> reason.code().equals(code)).findFirst();
  }

  public Optional<Condition> condition(String code) {
    return conditions.stream().filter(condition -> condition.code().equals(code)).findFirst();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void requireDays(String field, int days, int max) {
    if (days < 0 || days > max) {
      throw new RejectedException(field, "returnport.policy.days", max);
    }
  }

  private static void requirePercent(String field, BigDecimal percent) {
    if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new RejectedException(field, "returnport.policy.percent");
    }
  }

  private static void requireNotNegative(String field, Money amount) {
    if (amount == null || amount.isNegative()) {
      throw new RejectedException(field, "returnport.policy.negative");
    }
  }

  private static void requireArea(String field, String area) {
    if (area == null || !Regions.isKnown(area)) {
      throw new RejectedException(field, "returnport.policy.area", String.valueOf(area));
    }
  }

  private static void requireUniqueCodes(String field, List<String> codes) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (code == null || !CODE.matcher(code).matches() || !seen.add(code)) {
        throw new RejectedException(field, "returnport.policy.code", String.valueOf(code));
      }
    }
  }

  /** How the policy treats a category or one SKU, instead of the store's usual window. */
  public enum Treatment {
    FINAL_SALE,
    NON_RETURNABLE,
    WINDOW
  }

  /** A rule for every product of a category ({@code category = true}) or for one SKU. */
  public record ItemRule(boolean category, String key, Treatment treatment, Integer windowDays) {}

  /** A condition the shopper declares an item to be in; only accepted ones may be returned. */
  public record Condition(String code, LocalizedText label, boolean accepted) {}

  /** A reason for returning, shown to the shopper in their language. */
  public record Reason(
      String code, LocalizedText label, boolean photosRequired, boolean merchantFault) {}

  /** Return shipping for a destination country or region and a category ({@code *} for all). */
  public record ShippingFee(String area, String category, Money fee) {}

  /** Kept back per item for a category and reason ({@code *} for all): a percentage or fixed. */
  public record RestockingFee(
      String category, String reason, BigDecimal percent, Money fixedPerUnit) {}

  /**
   * When and how a return is paid out. {@code refundAt} is the moment money goes back for returns
   * whose items come back (keep-it returns are paid at approval in any case); {@code
   * instantExchange} ships an exchange's replacement at approval against an authorisation hold on
   * the shopper's payment; {@code refundDuties} pays back import duties and taxes with the items
   * where the shopper's country lets them be reclaimed.
   */
  public record Payouts(RefundTiming refundAt, boolean instantExchange, boolean refundDuties) {

    /** What a policy written before payouts were configurable means. */
    public static final Payouts DEFAULT = new Payouts(RefundTiming.INSPECTION, false, true);

    public Payouts {
      refundAt = refundAt == null ? RefundTiming.INSPECTION : refundAt;
    }
  }

  /** The moment a return's money goes back. */
  public enum RefundTiming {
    /** As soon as the return is approved (for shoppers the store trusts). */
    APPROVAL,
    /** At the carrier's first scan of the parcel. */
    FIRST_SCAN,
    /** When the hub takes the parcel in. */
    RECEIPT,
    /** When every item is graded; grades may deduct. */
    INSPECTION
  }

  /**
   * When sending an item back costs more than it is worth: returns whose value is under a limit (in
   * the order's currency), or for one of the reasons, are refunded without the parcel.
   */
  public record KeepIt(List<Money> under, Set<String> reasons) {

    public KeepIt {
      under = orNone(under);
      reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }
  }

  /**
   * When a return needs no one to look at it: the rules are on, the order's value is not above the
   * limit for its currency (no limit when none is given), and the shopper returned fewer than the
   * given number of times in 90 days.
   */
  public record AutoApproval(boolean enabled, List<Money> maxOrderValue, int maxReturnsIn90Days) {

    public AutoApproval {
      maxOrderValue = orNone(maxOrderValue);
    }
  }

  /**
   * A warehouse that takes returns from the countries and regions it serves, with the carrier that
   * brings them, or another carrier from some countries or regions ({@code carriers}, the closest
   * area wins). A carrier is named by its code when Returnport can book with it (e.g. {@code
   * sandbox}), otherwise by any name (the store's own label is used then). Policies written before
   * the per-country carriers read back with none.
   */
  public record Hub(
      String code,
      String name,
      List<String> serves,
      String country,
      String address,
      String carrier,
      List<CarrierRoute> carriers) {

    @JsonbCreator
    public Hub {
      serves = orNone(serves);
      carriers = orNone(carriers);
    }

    public Hub(
        String code,
        String name,
        List<String> serves,
        String country,
        String address,
        String carrier) {
      this(code, name, serves, country, address, carrier, List.of());
    }

    /** The carrier for parcels from a country: the closest fitting route's, else the hub's own. */
    public String carrierFor(String fromCountry) {
      CarrierRoute best = null;
      int bestFit = 0;
      for (CarrierRoute route : carriers) {
        int fit = fromCountry == null ? 0 : Regions.fit(route.area(), fromCountry);
        if (fit > bestFit) {
          best = route;
          bestFit = fit;
        }
      }
      return best == null ? carrier : best.carrier();
    }
  }

  /** Parcels from a country or region go with this carrier. */
  public record CarrierRoute(String area, String carrier) {}

  /**
   * What the policy grants the members of a loyalty tier ({@code tier}: the tier's code in the
   * store's program) on top of its own rules: free return shipping, more days to return, the refund
   * at the carrier's first scan, a store-credit bonus of its own ({@code null}: the policy's).
   */
  public record TierBenefit(
      String tier,
      boolean freeReturnShipping,
      int extraWindowDays,
      boolean refundAtFirstScan,
      BigDecimal storeCreditBonusPercent) {

    boolean grantsNothing() {
      return !freeReturnShipping
          && extraWindowDays == 0
          && !refundAtFirstScan
          && storeCreditBonusPercent == null;
    }
  }

  /** The kinds of benefit a tier can have in a return, as shoppers are told of them. */
  public enum Perk {
    FREE_RETURN_SHIPPING,
    LONGER_WINDOW,
    REFUND_AT_FIRST_SCAN,
    STORE_CREDIT_BONUS
  }

  /** One benefit as shoppers read it, with its number: days, or a percentage (else null). */
  public record TierPerk(Perk perk, BigDecimal amount) {}
}
