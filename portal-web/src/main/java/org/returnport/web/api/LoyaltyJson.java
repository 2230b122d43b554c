package org.returnport.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.loyalty.redemption.boundary.HistoryPage;
import org.returnport.loyalty.redemption.boundary.PointsEntry;
import org.returnport.loyalty.redemption.boundary.PointsStatus;
import org.returnport.loyalty.redemption.boundary.Redeemed;
import org.returnport.loyalty.redemption.entity.LoyaltyRedemption;
import org.returnport.money.Money;
import org.returnport.web.errors.Messages;

/**
 * What the loyalty API reads and writes, shared by the store's endpoints ({@link
 * LoyaltyMembersResource}) and the member's own ({@link MyLoyaltyResource}), and the one place that
 * turns the redemption's refusals into problem codes programs act on.
 */
public final class LoyaltyJson {

  static final String REPLAYED = "Idempotent-Replayed";

  /** Each refusal of a redemption with its stable problem code. */
  private static final Map<String, String> CODES =
      Map.of(
          "loyalty.redeem.minimum", "below-minimum",
          "loyalty.redeem.step", "not-a-step",
          "loyalty.redeem.overBalance", "insufficient-points",
          "loyalty.redeem.debt", "points-debt",
          "loyalty.redeem.worthless", "worthless",
          "loyalty.redeem.reward", "invalid-reward",
          "loyalty.redeem.notMember", "not-a-member",
          "loyalty.redeem.idempotencyKey", "idempotency-key-required",
          "loyalty.redeem.idempotencyConflict", "idempotency-conflict");

  private LoyaltyJson() {}

  /** Runs the call; a missing member and the boundary's refusals become problem details. */
  static Response answer(HttpHeaders headers, Supplier<Response> call) {
    try {
      return call.get();
    } catch (NotFoundException e) {
      return Problems.of(
          404, "member-not-found", "api.member.notFound", headers.getAcceptableLanguages());
    } catch (RejectedException e) {
      return Problems.of(
          422,
          CODES.getOrDefault(e.messageKey(), "rejected"),
          e.messageKey(),
          e.field(),
          e.arguments(),
          headers.getAcceptableLanguages());
    }
  }

  /** The key from the header, else from the body. */
  static String key(String header, RedeemRequest request) {
    return header != null && !header.isBlank() ? header : request.idempotencyKey();
  }

  static Response redeemed(Redeemed redeemed) {
    return Response.ok(Redemption.of(redeemed))
        .header(REPLAYED, Boolean.toString(redeemed.replayed()))
        .build();
  }

  /** A member's points. */
  @Schema(name = "LoyaltyPoints")
  public record Points(
      long memberId,
      @Schema(description = "What the store calls its points, in the caller's language")
          String pointsName,
      @Schema(description = "Spendable points; below zero only as the debt below") long balance,
      @Schema(description = "Points on hold, not yet spendable") long pending,
      @Schema(description = "Points clawed back after they were spent, repaid by future points")
          long debt,
      @Schema(description = "The member's tier code; absent below the first tier") String tier,
      @Schema(description = "The tier's name in the caller's language") String tierName,
      @Schema(description = "The most points the member may redeem now, in whole steps")
          long redeemable,
      int minimumPoints,
      int stepPoints,
      @Schema(description = "What one point is worth, in the store's default currency")
          Money pointValue,
      @Schema(description = "What the balance is worth") Money balanceValue) {

    static Points of(PointsStatus status, Locale locale) {
      return new Points(
          status.memberId(),
          status.pointsName().in(locale),
          status.balance(),
          status.pending(),
          status.debt(),
          status.tierCode(),
          status.tierName() == null ? null : status.tierName().in(locale),
          status.redeemable(),
          status.minimumPoints(),
          status.stepPoints(),
          status.pointValue(),
          status.balanceValue());
    }
  }

  /** A page of a member's points history. */
  @Schema(name = "LoyaltyLedgerPage")
  public record LedgerPage(int first, int max, long total, List<LedgerLine> entries) {

    static LedgerPage of(HistoryPage page, Locale locale) {
      return new LedgerPage(
          page.first(),
          page.max(),
          page.total(),
          page.entries().stream().map(entry -> LedgerLine.of(entry, locale)).toList());
    }
  }

  /** One entry of a member's points history, explained in the caller's language. */
  @Schema(name = "LoyaltyLedgerEntry")
  public record LedgerLine(
      long id,
      @Schema(description = "EARN, CONFIRM, REDEEM, EXPIRE, CLAWBACK or ADJUST") String kind,
      @Schema(description = "What it did to the spendable balance") long points,
      @Schema(description = "What it did to the points on hold") long pendingPoints,
      @Schema(description = "What happened, in the caller's language") String explanation,
      @Schema(description = "The reason staff gave, for an adjustment") String reason,
      Instant createdAt) {

    static LedgerLine of(PointsEntry entry, Locale locale) {
      return new LedgerLine(
          entry.id(),
          entry.kind(),
          entry.points(),
          entry.pendingPoints(),
          Messages.format(entry.messageKey(), entry.messageArgs(), locale),
          entry.reason(),
          entry.createdAt());
    }
  }

  /** Points to redeem. */
  @Schema(name = "PointsRedeemRequest")
  public record RedeemRequest(
      @Schema(description = "At least the program's minimum, in whole steps") @NotNull @Positive
          Long points,
      @Schema(description = "STORE_CREDIT or DISCOUNT_CODE") @NotNull Reward reward,
      @Schema(
              description =
                  "The idempotency key (1 to 64 characters) when no Idempotency-Key header is"
                      + " sent")
          @Size(max = LoyaltyRedemption.KEY_MAX)
          String idempotencyKey) {}

  /** What a redemption made. */
  @Schema(name = "PointsRedemption")
  public record Redemption(
      String idempotencyKey,
      long memberId,
      long points,
      @Schema(description = "STORE_CREDIT or DISCOUNT_CODE") Reward reward,
      @Schema(description = "What the points bought, in the store's default currency") Money value,
      @Schema(
              description =
                  "The whole code to give the member: their store credit's code (usable through"
                      + " /api/v1/credit/{code}) or the discount code for the shop")
          String code,
      @Schema(description = "The code's last four characters") String last4,
      @Schema(description = "The member's points balance right after") long balance,
      @Schema(description = "The store credit's balance now, for store credit") Money creditBalance,
      Instant redeemedAt,
      @Schema(description = "Whether this answers a replay: nothing was taken this time")
          boolean replayed) {

    static Redemption of(Redeemed redeemed) {
      return new Redemption(
          redeemed.idempotencyKey(),
          redeemed.memberId(),
          redeemed.points(),
          redeemed.reward(),
          redeemed.value(),
          redeemed.code(),
          redeemed.last4(),
          redeemed.balance(),
          redeemed.creditBalance(),
          redeemed.redeemedAt(),
          redeemed.replayed());
    }
  }
}
