package org.returnport.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;
import org.returnport.values.EmailAddress;

/**
 * A store-credit account or a gift card. Its balance is the sum of its ledger entries, kept here so
 * that one locked row decides every posting: {@link #post} is the one place that refuses to take it
 * below zero (the database's check constraint is the second line). Entries are never changed; a
 * redemption given back is a new entry.
 */
@Entity
@Table(name = "CREDIT_ACCOUNT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CreditAccount.BY_CODE,
    query = "SELECT a FROM CreditAccount a WHERE a.codeHash = :hash")
@NamedQuery(
    name = CreditAccount.BY_OWNER,
    query = "SELECT a FROM CreditAccount a WHERE a.ownerKey = :owner")
@NamedQuery(
    name = CreditAccount.OF_SHOPPER,
    query =
        "SELECT a FROM CreditAccount a WHERE a.email = :email OR a.memberId = :memberId"
            + " ORDER BY a.createdAt DESC")
@NamedQuery(
    name = CreditAccount.EXPIRING,
    query =
        "SELECT a FROM CreditAccount a WHERE a.expiresAt <= :now AND a.balance > 0"
            + " ORDER BY a.id")
public class CreditAccount {

  public static final String BY_CODE = "CreditAccount.byCode";
  public static final String BY_OWNER = "CreditAccount.byOwner";
  public static final String OF_SHOPPER = "CreditAccount.ofShopper";
  public static final String EXPIRING = "CreditAccount.expiring";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 16)
  private CreditKind kind;

  @Column(name = "EMAIL", nullable = false, length = EmailAddress.MAX)
  private String email;

  @Column(name = "MEMBER_ID")
  private Long memberId;

  /** Store credit only: one account per shopper and currency in a store. */
  @Column(name = "OWNER_KEY", updatable = false, length = 280)
  private String ownerKey;

  @Column(name = "CODE_HASH", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "CODE_LAST4", nullable = false, updatable = false, length = 4)
  private String codeLast4;

  @Column(name = "CODE_SEALED", nullable = false, updatable = false, length = 200)
  private String codeSealed;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "BALANCE", nullable = false, precision = 19, scale = 4)
  private BigDecimal balance;

  @Column(name = "EXPIRES_AT")
  private Instant expiresAt;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CreditAccount() {}

  /**
   * A new account with a zero balance. {@code codeHash}, {@code last4} and {@code sealed} are the
   * forms of its code the database may keep (see {@code CreditCode}).
   */
  public CreditAccount(
      CreditKind kind,
      EmailAddress email,
      Long memberId,
      String currency,
      String codeHash,
      String last4,
      String sealed,
      Instant now) {
    this.kind = kind;
    this.email = email.value();
    this.memberId = memberId;
    this.ownerKey = kind == CreditKind.STORE_CREDIT ? ownerKey(email, currency) : null;
    this.currency = currency;
    this.codeHash = codeHash;
    this.codeLast4 = last4;
    this.codeSealed = sealed;
    this.balance = BigDecimal.ZERO.setScale(Money.SCALE);
    this.createdAt = now;
  }

  /** What makes a store-credit account its shopper's: the address and the currency. */
  public static String ownerKey(EmailAddress email, String currency) {
    return email.value().toLowerCase(Locale.ROOT) + "/" + currency;
  }

  /**
   * Appends an entry of {@code amount} (positive to add, negative to take off). Refused, with the
   * balance left as it was, when it would take the balance below zero, when it is in another
   * currency, or when it takes credit off an expired account.
   */
  public CreditEntry post(EntryKind entryKind, Money amount, String reference, Instant now) {
    if (!currency.equals(amount.currency())) {
      throw new RejectedException("currency", "credit.currency", amount.currency(), currency);
    }
    if (entryKind == EntryKind.REDEEM && isExpired(now)) {
      throw new RejectedException(null, "credit.expired");
    }
    BigDecimal after = balance.add(amount.amount());
    if (after.signum() < 0) {
      throw new RejectedException("amount", "credit.overdrawn", getBalance().decimalString());
    }
    this.balance = after.setScale(Money.SCALE);
    return new CreditEntry(this, entryKind, amount, getBalance(), reference, now);
  }

  /** Credit issued again lasts from then on, as the expiry rule says. */
  public void extendTo(Optional<Instant> expiry) {
    this.expiresAt = expiry.orElse(null);
  }

  public void linkMember(Long memberId) {
    if (memberId != null) {
      this.memberId = memberId;
    }
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public CreditKind getKind() {
    return kind;
  }

  public String getEmail() {
    return email;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getCodeLast4() {
    return codeLast4;
  }

  public String getCodeSealed() {
    return codeSealed;
  }

  public String getCurrency() {
    return currency;
  }

  public Money getBalance() {
    return new Money(balance, currency);
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "CreditAccount[" + kind + " …" + codeLast4 + "]";
  }
}
