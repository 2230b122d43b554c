package org.returnport.returns.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.events.ParcelStage;
import org.returnport.money.Money;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.tenancy.Tenancy;

/**
 * A shopper's return of items of one order: what they send back, what they get, under which version
 * of the policy and loyalty tier, and everything that happened since. Once decided it stays
 * decided.
 */
@Entity
@Table(name = "RETURN_CASE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = ReturnCase.FIND_BY_RMA, query = "SELECT r FROM ReturnCase r WHERE r.rma = :rma")
@NamedQuery(
    name = ReturnCase.FIND_BY_SUBMIT_KEY,
    query = "SELECT r FROM ReturnCase r WHERE r.submitKey = :submitKey")
@NamedQuery(
    name = ReturnCase.COUNT_BY_EMAIL_SINCE,
    query = "SELECT COUNT(r) FROM ReturnCase r WHERE r.email = :email AND r.requestedAt > :since")
@NamedQuery(
    name = ReturnCase.RETURNED_QUANTITIES,
    query =
        "SELECT l.lineNo, SUM(l.quantity) FROM ReturnLine l WHERE l.returnCase.orderId = :orderId"
            + " AND l.returnCase.status NOT IN (org.returnport.returns.entity.ReturnStatus.REJECTED,"
            + " org.returnport.returns.entity.ReturnStatus.CANCELLED)"
            + " GROUP BY l.lineNo")
public class ReturnCase {

  public static final String FIND_BY_RMA = "ReturnCase.findByRma";
  public static final String FIND_BY_SUBMIT_KEY = "ReturnCase.findBySubmitKey";
  public static final String COUNT_BY_EMAIL_SINCE = "ReturnCase.countByEmailSince";
  public static final String RETURNED_QUANTITIES = "ReturnCase.returnedQuantities";
  public static final int REJECTION_MAX = 1000;
  public static final int MAX_EXTENSION_DAYS = 90;
  public static final int TIER_CODE_MAX = 32;
  public static final int TIER_NAME_MAX = 120;
  private static final Duration DOMESTIC_TRANSIT = Duration.ofDays(7);
  private static final Duration CROSS_BORDER_TRANSIT = Duration.ofDays(14);
  private static final Duration INSPECTION_DAYS = Duration.ofDays(3);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "SUBMIT_KEY", nullable = false, updatable = false, length = 36)
  private String submitKey;

  @Column(name = "ORDER_ID", nullable = false, updatable = false)
  private Long orderId;

  @Column(name = "ORDER_NUMBER", nullable = false, updatable = false, length = 64)
  private String orderNumber;

  @Column(name = "EMAIL", nullable = false, updatable = false, length = 254)
  private String email;

  @Column(name = "SHOPPER_NAME", nullable = false, updatable = false, length = 120)
  private String shopperName;

  @Column(name = "SHIP_COUNTRY", nullable = false, updatable = false, length = 2)
  private String shipCountry;

  @Column(name = "LANGUAGE", nullable = false, updatable = false, length = 16)
  private String language;

  @Column(name = "POLICY_VERSION", nullable = false, updatable = false)
  private int policyVersion;

  /**
   * The shopper's loyalty tier when the return was requested (null: none), with its names as they
   * were then: the policy's tier benefits keep applying to this return whatever the tier becomes.
   */
  @Column(name = "TIER_CODE", updatable = false, length = TIER_CODE_MAX)
  private String tierCode;

  @Column(name = "TIER_NAME_EN", updatable = false, length = TIER_NAME_MAX)
  private String tierNameEn;

  @Column(name = "TIER_NAME_ZH", updatable = false, length = TIER_NAME_MAX)
  private String tierNameZh;

  @Enumerated(EnumType.STRING)
  @Column(name = "RESOLUTION", nullable = false, length = 20)
  private Resolution resolution;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private ReturnStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "WAITING_ON", nullable = false, length = 10)
  private WaitingOn waitingOn;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "ITEMS_VALUE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal itemsValue;

  @Column(name = "SHIPPING_FEE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal shippingFee;

  @Column(name = "RESTOCKING_FEE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal restockingFee;

  @Column(name = "REFUND", nullable = false, precision = 19, scale = 4)
  private BigDecimal refund;

  @Column(name = "BONUS", nullable = false, precision = 19, scale = 4)
  private BigDecimal bonus;

  @Column(name = "KEEP_ITEMS", nullable = false, updatable = false)
  private boolean keepItems;

  @Column(name = "HUB_NAME", updatable = false, length = 120)
  private String hubName;

  @Column(name = "HUB_COUNTRY", updatable = false, length = 2)
  private String hubCountry;

  @Column(name = "HUB_ADDRESS", updatable = false, length = 500)
  private String hubAddress;

  @Column(name = "HUB_CARRIER", updatable = false, length = 60)
  private String hubCarrier;

  @Column(name = "CROSSES_BORDER", nullable = false, updatable = false)
  private boolean crossesBorder;

  @Column(name = "SHIP_BY")
  private Instant shipBy;

  /** The day the refund is promised by; moves with the send-by date. */
  @Column(name = "REFUND_BY")
  private Instant refundBy;

  /** The send-by date the shopper was reminded of; a date moved since gets its own reminder. */
  @Column(name = "REMINDED_FOR")
  private Instant remindedFor;

  /** Why a person has to look at it, as message keys separated by commas; empty when approved. */
  @Column(name = "REVIEW_REASONS", nullable = false, updatable = false, length = 500)
  private String reviewReasons;

  @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "DECIDED_AT")
  private Instant decidedAt;

  @Column(name = "DECIDED_BY", length = 254)
  private String decidedBy;

  @Column(name = "REJECTION", length = REJECTION_MAX)
  private String rejection;

  @OneToMany(mappedBy = "returnCase", cascade = CascadeType.ALL)
  @OrderBy("lineNo")
  private List<ReturnLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "returnCase", cascade = CascadeType.ALL)
  @OrderBy("at, id")
  private List<ReturnEvent> events = new ArrayList<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected ReturnCase() {}

  /**
   * A return as a shopper in no loyalty tier submitted it, priced by the quote. It is approved at
   * once when the quote says no one needs to look at it.
   */
  public ReturnCase(
      RmaNumber rma,
      String submitKey,
      Shopper shopper,
      int policyVersion,
      Quote quote,
      Map<Integer, String> names,
      Map<Integer, String> comments,
      Instant now) {
    this(rma, submitKey, shopper, policyVersion, null, null, quote, names, comments, now);
  }

  /**
   * A return as the shopper submitted it while in a loyalty tier ({@code tierCode} and {@code
   * tierName} null: none), priced by the quote made for that tier. It is approved at once when the
   * quote says no one needs to look at it.
   */
  public ReturnCase(
      RmaNumber rma,
      String submitKey,
      Shopper shopper,
      int policyVersion,
      String tierCode,
      LocalizedText tierName,
      Quote quote,
      Map<Integer, String> names,
      Map<Integer, String> comments,
      Instant now) {
    this.tierCode = tierCode;
    if (tierCode != null && tierName != null) {
      this.tierNameEn = clip(tierName.en(), TIER_NAME_MAX);
      this.tierNameZh = clip(tierName.zh(), TIER_NAME_MAX);
    }
    this.rma = rma.value();
    this.submitKey = submitKey;
    this.orderId = shopper.orderId();
    this.orderNumber = shopper.orderNumber();
    this.email = shopper.email().strip().toLowerCase(Locale.ROOT);
    this.shopperName = shopper.name();
    this.shipCountry = shopper.country();
    this.language = shopper.language();
    this.policyVersion = policyVersion;
    this.resolution = quote.resolution();
    this.currency = quote.itemsValue().currency();
    this.itemsValue = quote.itemsValue().amount();
    this.shippingFee = quote.shippingFee().amount();
    this.restockingFee = quote.restockingFee().amount();
    this.refund = quote.refund().amount();
    this.bonus = quote.bonus().amount();
    this.keepItems = quote.keepItems();
    Hub hub = quote.hub();
    if (hub != null) {
      this.hubName = hub.name();
      this.hubCountry = hub.country();
      this.hubAddress = hub.address();
      this.hubCarrier = hub.carrierFor(shopper.country());
    }
    this.crossesBorder = quote.crossesBorder();
    this.shipBy = quote.shipBy();
    this.reviewReasons = String.join(",", quote.reviewReasons());
    this.requestedAt = now;
    for (Quote.Item item : quote.items()) {
      lines.add(
          new ReturnLine(
              this,
              item.lineNo(),
              item.sku(),
              names.getOrDefault(item.lineNo(), item.sku()),
              item.quantity(),
              item.reason(),
              item.condition(),
              comments.get(item.lineNo()),
              item.value(),
              item.restocking(),
              item.exchangeSku()));
    }
    events.add(new ReturnEvent(this, now, EventKind.REQUESTED, null, null));
    if (quote.autoApproved()) {
      decide(ReturnStatus.APPROVED, null, now);
      events.add(new ReturnEvent(this, now, EventKind.AUTO_APPROVED, null, null));
    } else {
      this.status = ReturnStatus.UNDER_REVIEW;
      this.waitingOn = WaitingOn.MERCHANT;
    }
  }

  public void approve(String staff, Instant now) {
    requireUnderReview();
    decide(ReturnStatus.APPROVED, staff, now);
    events.add(new ReturnEvent(this, now, EventKind.APPROVED, staff, null));
  }

  /** Refuses the return with words the shopper will read. */
  public void reject(String staff, String why, Instant now) {
    requireUnderReview();
    String text = requireText(why, REJECTION_MAX, "rejection");
    decide(ReturnStatus.REJECTED, staff, now);
    this.rejection = text;
    events.add(new ReturnEvent(this, now, EventKind.REJECTED, staff, text));
  }

  /**
   * Asks the shopper something before deciding; the return then waits for the shopper. Answers the
   * question's entry in the thread.
   */
  public ReturnEvent askShopper(String staff, String question, Instant now) {
    requireUnderReview();
    String text = requireText(question, ReturnEvent.TEXT_MAX, "message");
    this.waitingOn = WaitingOn.SHOPPER;
    return add(new ReturnEvent(this, now, EventKind.INFO_REQUESTED, staff, text));
  }

  /** Answers the message's entry in the thread. */
  public ReturnEvent staffMessage(String staff, String message, Instant now) {
    String text = requireText(message, ReturnEvent.TEXT_MAX, "message");
    return add(new ReturnEvent(this, now, EventKind.STAFF_MESSAGE, staff, text));
  }

  /**
   * A shopper's message puts an undecided return back in the merchant's hands. Answers the
   * message's entry in the thread.
   */
  public ReturnEvent shopperMessage(String message, Instant now) {
    String text = requireText(message, ReturnEvent.TEXT_MAX, "message");
    if (status == ReturnStatus.UNDER_REVIEW) {
      this.waitingOn = WaitingOn.MERCHANT;
    }
    return add(new ReturnEvent(this, now, EventKind.SHOPPER_MESSAGE, null, text));
  }

  /**
   * Moves the return along its life, with an entry on the timeline; refused when the status does
   * not allow it (e.g. a parcel scan on a cancelled return).
   */
  public ReturnEvent moveTo(
      ReturnStatus next, EventKind kind, String actor, String text, Instant now) {
    if (!status.canMoveTo(next)) {
      throw new RejectedException(null, "returnport.return.cannotMove", rma, status, next);
    }
    enter(next);
    return add(new ReturnEvent(this, now, kind, actor, text));
  }

  private void enter(ReturnStatus next) {
    this.status = next;
    this.waitingOn =
        switch (next) {
          case DELIVERED, RECEIVED, INSPECTED, LOST -> WaitingOn.MERCHANT;
          case APPROVED -> keepItems ? WaitingOn.NOBODY : WaitingOn.SHOPPER;
          case UNDER_REVIEW -> WaitingOn.MERCHANT;
          default -> WaitingOn.NOBODY;
        };
  }

  /**
   * The hub found something wrong with the parcel (a wrong or missing item, an empty box, a parcel
   * that is not ours): whatever the status, an agent has to look at it next, with the evidence on
   * the timeline.
   */
  public ReturnEvent flagDiscrepancy(String actor, String evidence, Instant now) {
    String text = requireText(evidence, ReturnEvent.TEXT_MAX, "note");
    this.waitingOn = WaitingOn.MERCHANT;
    return add(new ReturnEvent(this, now, EventKind.DISCREPANCY, actor, text));
  }

  /**
   * An exchange whose replacement is out of stock becomes a refund or store credit, priced like the
   * quote prices them: the items' value less the fees the exchange was quoted with (the store could
   * not deliver, so it adds no fee now), plus the policy's bonus for store credit. Refused for
   * returns that are not exchanges, or whose money is settled or that ended.
   */
  public ReturnEvent insteadOfExchange(Resolution to, BigDecimal bonusPercent, Instant now) {
    requireOpenExchange();
    if (to != Resolution.REFUND && to != Resolution.STORE_CREDIT) {
      throw new RejectedException("resolution", "returnport.exchange.instead");
    }
    Money newRefund = getItemsValue().minus(getShippingFee()).minus(getRestockingFee());
    this.resolution = to;
    this.refund = newRefund.amount();
    this.bonus =
        to == Resolution.STORE_CREDIT
            ? newRefund.percent(bonusPercent).amount()
            : BigDecimal.ZERO.setScale(Money.SCALE);
    lines.forEach(ReturnLine::noReplacement);
    return add(new ReturnEvent(this, now, EventKind.STOCK_RELEASED, null, to.name()));
  }

  /** The shopper of an exchange picks another variant (one in stock) for one of its lines. */
  public void changeReplacement(int lineNo, String sku) {
    requireOpenExchange();
    ReturnLine line =
        lines.stream()
            .filter(l -> l.getLineNo() == lineNo && l.getExchangeSku() != null)
            .findFirst()
            .orElseThrow(
                () ->
                    new RejectedException("line" + lineNo, "returnport.return.noSuchLine", lineNo));
    line.replaceWith(sku);
  }

  private void requireOpenExchange() {
    if (resolution != Resolution.EXCHANGE
        || status.settled()
        || status == ReturnStatus.CANCELLED
        || status == ReturnStatus.REJECTED
        || status == ReturnStatus.EXPIRED) {
      throw new RejectedException(null, "returnport.exchange.closed", rma);
    }
  }

  /** An entry on the timeline that does not change where the return stands (a scan, a reminder). */
  public ReturnEvent note(EventKind kind, String actor, String text, Instant now) {
    return add(new ReturnEvent(this, now, kind, actor, text));
  }

  /**
   * A carrier scan on the timeline, in the carrier's words and at the carrier's time. When the scan
   * takes the return further (see {@link ParcelProgress}) it moves it, with the scan as the entry
   * of that move; otherwise the return stays where it is.
   */
  public ReturnEvent scanned(
      ParcelStage stage, String carrierWords, String location, Instant scannedAt) {
    ReturnStatus next = ParcelProgress.after(status, stage);
    EventKind kind = EventKind.SCANNED;
    if (next != status) {
      kind =
          switch (next) {
            case DELIVERED -> EventKind.DELIVERED;
            case LOST -> EventKind.LOST;
            default -> EventKind.SCANNED;
          };
      enter(next);
    }
    return add(
        new ReturnEvent(
            this,
            scannedAt,
            kind,
            clip(carrierWords, ReturnEvent.TEXT_MAX),
            stage,
            clip(location, ReturnEvent.LOCATION_MAX)));
  }

  /** The carrier booked the shipment: its label can be printed. */
  public ReturnEvent labelReady(String carrier, String trackingNumber, Instant at) {
    return note(
        EventKind.LABEL_READY,
        null,
        clip((carrier + " " + trackingNumber).strip(), ReturnEvent.TEXT_MAX),
        at);
  }

  /**
   * The shopper takes the return back before sending anything; refused once the parcel is on its
   * way (or the return is decided against, or over).
   */
  public ReturnEvent cancel(Instant now) {
    if (!status.canMoveTo(ReturnStatus.CANCELLED)) {
      throw new RejectedException(null, "returnport.return.cannotCancel", rma);
    }
    return moveTo(ReturnStatus.CANCELLED, EventKind.CANCELLED, null, null, now);
  }

  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  /**
   * Gives the shopper more time: the send-by date and the promised refund date move later by the
   * same number of days, never earlier. Refused once the deadlines no longer matter (the return is
   * closed or its parcel has arrived).
   */
  public ReturnEvent moveDeadlines(int days, String actor, String why, Instant now) {
    if (!status.deadlinesOpen()) {
      throw new RejectedException(null, "returnport.return.deadlinesClosed", rma);
    }
    if (days < 1 || days > MAX_EXTENSION_DAYS) {
      throw new RejectedException("days", "returnport.return.extensionDays", MAX_EXTENSION_DAYS);
    }
    Duration by = Duration.ofDays(days);
    if (shipBy != null) {
      shipBy = shipBy.plus(by);
    }
    if (refundBy != null) {
      refundBy = refundBy.plus(by);
    }
    return add(new ReturnEvent(this, now, EventKind.DEADLINES_MOVED, actor, why));
  }

  /** Notes on the timeline that the shopper was reminded of the current send-by date. */
  public ReturnEvent remind(Instant now) {
    if (!status.awaitingParcel() || shipBy == null || shipBy.equals(remindedFor)) {
      throw new RejectedException(null, "returnport.return.deadlinesClosed", rma);
    }
    this.remindedFor = shipBy;
    return add(new ReturnEvent(this, now, EventKind.REMINDED, null, null));
  }

  private ReturnEvent add(ReturnEvent event) {
    events.add(event);
    return event;
  }

  private void decide(ReturnStatus decision, String staff, Instant now) {
    this.status = decision;
    this.decidedAt = now;
    this.decidedBy = staff;
    this.waitingOn =
        decision == ReturnStatus.APPROVED && !keepItems ? WaitingOn.SHOPPER : WaitingOn.NOBODY;
    if (decision == ReturnStatus.APPROVED) {
      this.refundBy = refundPromise(now);
    }
  }

  /**
   * The refund is promised for when the parcel, sent on the last day, has reached the hub (a week
   * at home, two across a border) and been inspected (three days); without a parcel, three days
   * after the decision.
   */
  private Instant refundPromise(Instant now) {
    if (keepItems || shipBy == null) {
      return now.plus(INSPECTION_DAYS);
    }
    return shipBy.plus(transit(crossesBorder)).plus(INSPECTION_DAYS);
  }

  /**
   * How long a parcel takes from the shopper to the hub, as the refund promise counts it: a week at
   * home, two across a border.
   */
  public static Duration transit(boolean crossesBorder) {
    return crossesBorder ? CROSS_BORDER_TRANSIT : DOMESTIC_TRANSIT;
  }

  private void requireUnderReview() {
    if (status != ReturnStatus.UNDER_REVIEW) {
      throw new RejectedException(null, "returnport.queue.alreadyDecided", rma);
    }
  }

  private static String requireText(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      throw new RejectedException(field, "returnport.text.required");
    }
    if (text.strip().length() > max) {
      throw new RejectedException(field, "returnport.text.tooLong", max);
    }
    return text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getRma() {
    return rma;
  }

  public String getSubmitKey() {
    return submitKey;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getEmail() {
    return email;
  }

  public String getShopperName() {
    return shopperName;
  }

  public String getShipCountry() {
    return shipCountry;
  }

  public String getLanguage() {
    return language;
  }

  public int getPolicyVersion() {
    return policyVersion;
  }

  /**
   * The rules this return is judged by: those of its policy version ({@code policy} must be that
   * version), as they held for the tier it was requested under.
   */
  public PolicyRules rulesOf(ReturnPolicy policy) {
    if (policy.getVersionNo() != policyVersion) {
      throw new IllegalArgumentException(
          rma + " was requested under version " + policyVersion + ", not " + policy.getVersionNo());
    }
    return policy.getRules().forTier(tierCode);
  }

  /** The code of the loyalty tier the return was requested under; null when none. */
  public String getTierCode() {
    return tierCode;
  }

  /** The tier's names as they were when the return was requested; null when none. */
  public LocalizedText getTierName() {
    if (tierCode == null) {
      return null;
    }
    return new LocalizedText(tierNameEn == null ? tierCode : tierNameEn, tierNameZh);
  }

  public Resolution getResolution() {
    return resolution;
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public WaitingOn getWaitingOn() {
    return waitingOn;
  }

  public Money getItemsValue() {
    return new Money(itemsValue, currency);
  }

  public Money getShippingFee() {
    return new Money(shippingFee, currency);
  }

  public Money getRestockingFee() {
    return new Money(restockingFee, currency);
  }

  public Money getRefund() {
    return new Money(refund, currency);
  }

  public Money getBonus() {
    return new Money(bonus, currency);
  }

  public boolean isKeepItems() {
    return keepItems;
  }

  public String getHubName() {
    return hubName;
  }

  public String getHubCountry() {
    return hubCountry;
  }

  public String getHubAddress() {
    return hubAddress;
  }

  public String getHubCarrier() {
    return hubCarrier;
  }

  public boolean isCrossesBorder() {
    return crossesBorder;
  }

  public Instant getShipBy() {
    return shipBy;
  }

  public List<String> getReviewReasons() {
    return reviewReasons.isEmpty() ? List.of() : List.of(reviewReasons.split(","));
  }

  /** Whether the shopper may still cancel: nothing has been sent, nothing decided against it. */
  public boolean isCancellable() {
    return status.canMoveTo(ReturnStatus.CANCELLED);
  }

  public Instant getRefundBy() {
    return refundBy;
  }

  public Instant getRemindedFor() {
    return remindedFor;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRejection() {
    return rejection;
  }

  public List<ReturnLine> getLines() {
    return List.copyOf(lines);
  }

  /**
   * The timeline in the order things happened: a carrier scan is entered at the carrier's time, and
   * scans may reach us out of order, so entries added in this transaction are sorted in too.
   */
  public List<ReturnEvent> getEvents() {
    return events.stream().sorted(Comparator.comparing(ReturnEvent::getAt)).toList();
  }

  public long getVersion() {
    return version;
  }

  /** Who is returning: the order and the shopper it belongs to, and their language. */
  public record Shopper(
      Long orderId,
      String orderNumber,
      String email,
      String name,
      String country,
      String language) {}
}
