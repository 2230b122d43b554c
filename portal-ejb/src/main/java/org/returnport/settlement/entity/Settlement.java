package org.returnport.settlement.entity;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * The money side of one return: what it paid out, in which parts, what inspection deducted and why,
 * and when it was settled and closed. A return has one settlement at most (a unique key), so two
 * servers or two agents settling at the same moment write one.
 */
@Entity
@Table(name = "SETTLEMENT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Settlement.FIND_BY_RETURN,
    query = "SELECT s FROM Settlement s WHERE s.returnId = :returnId")
@NamedQuery(
    name = Settlement.SETTLED_BETWEEN,
    query =
        "SELECT s FROM Settlement s WHERE s.settledAt >= :from AND s.settledAt < :to"
            + " ORDER BY s.settledAt, s.id")
public class Settlement {

  public static final String FIND_BY_RETURN = "Settlement.findByReturn";
  public static final String SETTLED_BETWEEN = "Settlement.settledBetween";
  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private Long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  /** Null until settle wrote its parts: only other features' payouts are known so far. */
  @Enumerated(EnumType.STRING)
  @Column(name = "TRIGGERED_BY", length = 20)
  private SettledBy triggeredBy;

  @Column(name = "REFUND_BEFORE", nullable = false, precision = 19, scale = 4)
  private BigDecimal refundBefore;

  @Column(name = "DEDUCTION", nullable = false, precision = 19, scale = 4)
  private BigDecimal deduction;

  /** The deductions, one per graded group: {@code line:grade:units:percent:amount;…}. */
  @Column(name = "DEDUCTION_REASON", length = REASON_MAX)
  private String deductionReason;

  /** Found at an inspection after the money went out: shown, not taken back. */
  @Column(name = "LATE_DEDUCTION", nullable = false, precision = 19, scale = 4)
  private BigDecimal lateDeduction;

  @Column(name = "DUTIES", nullable = false, precision = 19, scale = 4)
  private BigDecimal duties;

  @Column(name = "ADJUSTED_BY", length = 254)
  private String adjustedBy;

  @Column(name = "ADJUST_REASON", length = REASON_MAX)
  private String adjustReason;

  /** The Idempotency-Key an agent's settle-now came with: the same key answers the same row. */
  @Column(name = "SETTLE_KEY", length = PayoutDue.KEY_MAX)
  private String settleKey;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "SETTLED_AT")
  private Instant settledAt;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<SettlementPart> parts = new ArrayList<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Settlement() {}

  public Settlement(long returnId, String rma, String currency, Instant now) {
    this.returnId = returnId;
    this.rma = rma;
    this.currency = currency;
    this.refundBefore = BigDecimal.ZERO;
    this.deduction = BigDecimal.ZERO;
    this.lateDeduction = BigDecimal.ZERO;
    this.duties = BigDecimal.ZERO;
    this.createdAt = now;
  }

  /**
   * Settle's own sum, written once: what the refund was before grading, what grading took off and
   * why, and the duties refunded. A second write is refused (the return is settled already).
   */
  public void write(
      SettledBy by, Money refundBefore, Money deduction, List<Deduction> deductions, Money duties) {
    if (isWritten()) {
      throw new RejectedException(null, "returnport.settlement.already", rma);
    }
    this.triggeredBy = by;
    this.refundBefore = refundBefore.amount();
    this.deduction = deduction.amount();
    this.deductionReason = encode(deductions);
    this.duties = duties.amount();
  }

  /** Whether settle has written its sum and parts (not just other features' payouts). */
  public boolean isWritten() {
    return triggeredBy != null;
  }

  /** An agent settled by hand: who, why, and the request's key. */
  public void adjustedBy(String agent, String reason, String key) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException("reason", "returnport.settlement.reasonRequired");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw new RejectedException("reason", "returnport.text.tooLong", REASON_MAX);
    }
    this.adjustedBy = agent;
    this.adjustReason = reason.strip();
    this.settleKey = key;
  }

  /** Records the deductions of an inspection that came after the money went out. */
  public void lateInspection(Money deduction, List<Deduction> deductions) {
    this.lateDeduction = deduction.amount();
    this.deductionReason = encode(deductions);
  }

  /** A payout of this return; refused if its key is already taken. */
  public SettlementPart add(
      String payoutKey, PayoutMethod method, Money amount, Money bonus, Instant now) {
    if (part(payoutKey).isPresent()) {
      throw new IllegalStateException("payout key " + payoutKey + " is taken");
    }
    SettlementPart part = new SettlementPart(this, payoutKey, method, amount, bonus, now);
    parts.add(part);
    return part;
  }

  /** The next free key for a method: {@code <RMA>-R2} after {@code <RMA>-R1}, say. */
  public String nextKey(PayoutMethod method) {
    String prefix = rma + "-" + letter(method);
    int n = 1;
    while (part(prefix + n).isPresent()) {
      n++;
    }
    return prefix + n;
  }

  private static String letter(PayoutMethod method) {
    return switch (method) {
      case REFUND -> "R";
      case STORE_CREDIT -> "C";
      case GIFT_CARD -> "G";
      case EXCHANGE -> "X";
    };
  }

  public Optional<SettlementPart> part(String payoutKey) {
    return parts.stream().filter(p -> p.getPayoutKey().equals(payoutKey)).findFirst();
  }

  /** Answers whether the report changed the part (a repeated report changes nothing). */
  public boolean ended(
      String payoutKey, PayoutOutcome outcome, Money paid, String ref, Instant now) {
    return part(payoutKey).map(p -> p.end(outcome, paid, ref, now)).orElse(false);
  }

  /** A declined payout is taken over by another (a retry, store credit). */
  public void replace(SettlementPart declined) {
    if (declined.getState() != PartState.DECLINED || !parts.contains(declined)) {
      throw new RejectedException(
          null, "returnport.settlement.notDeclined", declined.getPayoutKey());
    }
    declined.replace();
  }

  /** Every payout ended, none left declined (a declined one waits for an agent or the shopper). */
  public boolean allEnded() {
    return parts.stream().allMatch(p -> p.getState().ended());
  }

  public List<SettlementPart> declined() {
    return parts.stream().filter(p -> p.getState() == PartState.DECLINED).toList();
  }

  public void settled(Instant now) {
    this.settledAt = now;
  }

  public void closed(Instant now) {
    this.closedAt = now;
  }

  /** What was paid by a method, one amount per currency in code order. */
  public List<Money> paidBy(PayoutMethod method) {
    Map<String, Money> sums = new TreeMap<>();
    for (SettlementPart p : parts) {
      if (p.getMethod() == method && p.getState() == PartState.PAID) {
        sums.merge(p.getPaid().currency(), p.getPaid(), Money::plus);
      }
    }
    return List.copyOf(sums.values());
  }

  /**
   * The method most of the money went by: it names the settled status (refunded, credited or
   * exchanged). Gift cards count as credit. With nothing paid at all, the return's resolution does.
   */
  public Optional<PayoutMethod> largestMethod() {
    Map<PayoutMethod, BigDecimal> sums = new EnumMap<>(PayoutMethod.class);
    for (SettlementPart p : parts) {
      if (p.getState() == PartState.PAID) {
        PayoutMethod m =
            p.getMethod() == PayoutMethod.GIFT_CARD ? PayoutMethod.STORE_CREDIT : p.getMethod();
        sums.merge(m, p.getPaid().amount(), BigDecimal::add);
      }
    }
    return sums.entrySet().stream()
        .filter(e -> e.getValue().signum() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  private static String encode(List<Deduction> deductions) {
    if (deductions.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Deduction d : deductions) {
      String row =
          d.lineNo()
              + ":"
              + d.gradeCode()
              + ":"
              + d.units()
              + ":"
              + d.percent().toPlainString()
              + ":"
              + d.amount().amount().toPlainString();
      if (out.length() + row.length() + 1 > REASON_MAX) {
        break;
      }
      out.append(out.length() == 0 ? "" : ";").append(row);
    }
    return out.toString();
  }

  /** The deductions, one per graded group, as they were made. */
  public List<Deduction> getDeductions() {
    if (deductionReason == null || deductionReason.isEmpty()) {
      return List.of();
    }
    List<Deduction> out = new ArrayList<>();
    for (String row : deductionReason.split(";")) {
      String[] f = row.split(":");
      out.add(
          new Deduction(
              Integer.parseInt(f[0]),
              f[1],
              Integer.parseInt(f[2]),
              new BigDecimal(f[3]),
              new Money(new BigDecimal(f[4]), currency)));
    }
    return out;
  }

  /** Graded units of a line and what their grade took off. */
  public record Deduction(
      int lineNo, String gradeCode, int units, BigDecimal percent, Money amount) {}

  public Long getId() {
    return id;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getCurrency() {
    return currency;
  }

  public SettledBy getTriggeredBy() {
    return triggeredBy;
  }

  public Money getRefundBefore() {
    return new Money(refundBefore, currency);
  }

  public Money getDeduction() {
    return new Money(deduction, currency);
  }

  public Money getLateDeduction() {
    return new Money(lateDeduction, currency);
  }

  public Money getDuties() {
    return new Money(duties, currency);
  }

  public String getAdjustedBy() {
    return adjustedBy;
  }

  public String getAdjustReason() {
    return adjustReason;
  }

  public String getSettleKey() {
    return settleKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSettledAt() {
    return settledAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isSettled() {
    return settledAt != null;
  }

  public List<SettlementPart> getParts() {
    return List.copyOf(parts);
  }

  public long getVersion() {
    return version;
  }
}
