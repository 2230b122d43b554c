package org.returnport.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * The store's Stripe account: its secret API key and its webhook signing secret, both sealed (only
 * the servers, with their own key, open them). Only the key's last four characters are kept in
 * clear, so that the administrator can tell which key is set.
 */
@Entity
@Table(name = "STRIPE_ACCOUNT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = StripeAccount.CURRENT, query = "SELECT a FROM StripeAccount a")
public class StripeAccount {

  public static final String CURRENT = "StripeAccount.current";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SEALED_API_KEY", nullable = false, length = 400)
  private String sealedApiKey;

  @Column(name = "API_KEY_LAST4", nullable = false, length = 4)
  private String apiKeyLast4;

  @Column(name = "SEALED_SIGNING_SECRET", length = 400)
  private String sealedSigningSecret;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected StripeAccount() {}

  public StripeAccount(String sealedApiKey, String apiKeyLast4, Instant now) {
    this.sealedApiKey = sealedApiKey;
    this.apiKeyLast4 = apiKeyLast4;
    this.updatedAt = now;
  }

  public void replaceApiKey(String sealedKey, String last4, Instant now) {
    this.sealedApiKey = sealedKey;
    this.apiKeyLast4 = last4;
    this.updatedAt = now;
  }

  public void replaceSigningSecret(String sealedSecret, Instant now) {
    this.sealedSigningSecret = sealedSecret;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getSealedApiKey() {
    return sealedApiKey;
  }

  public String getApiKeyLast4() {
    return apiKeyLast4;
  }

  public String getSealedSigningSecret() {
    return sealedSigningSecret;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The sealed texts are the secrets' only form here; they never go into a log line. */
  @Override
  public String toString() {
    return "StripeAccount[key=…" + apiKeyLast4 + ", updatedAt=" + updatedAt + "]";
  }
}
