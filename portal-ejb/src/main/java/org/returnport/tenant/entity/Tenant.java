package org.returnport.tenant.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.returnport.tenancy.CurrentTenant;

/**
 * A merchant on the platform. Tenants own data; they are not owned, so this entity is the one table
 * without a tenant discriminator.
 */
@Entity
@Table(name = "TENANT")
@NamedQuery(name = Tenant.FIND_BY_SLUG, query = "SELECT t FROM Tenant t WHERE t.slug = :slug")
@NamedQuery(name = Tenant.FIND_ALL, query = "SELECT t FROM Tenant t ORDER BY t.createdAt DESC")
@NamedQuery(
    name = Tenant.FIND_UNVERIFIED_BY_OWNER,
    query =
        "SELECT t FROM Tenant t WHERE t.ownerUserId = :userId AND t.verifiedAt IS NULL"
            + " ORDER BY t.createdAt DESC")
public class Tenant {

  public static final String FIND_BY_SLUG = "Tenant.findBySlug";
  public static final String FIND_ALL = "Tenant.findAll";
  public static final String FIND_UNVERIFIED_BY_OWNER = "Tenant.findUnverifiedByOwner";

  /** How long a merchant waits before the verification link may be sent again. */
  public static final Duration RESEND_AFTER = Duration.ofMinutes(1);

  public static final int NAME_MAX = 80;
  public static final int EMAIL_MAX = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SLUG", nullable = false, updatable = false, length = Slug.MAX)
  private String slug;

  @Column(name = "DISPLAY_NAME", nullable = false, length = NAME_MAX)
  private String displayName;

  @Column(name = "CONTACT_EMAIL", nullable = false, length = EMAIL_MAX)
  private String contactEmail;

  @Column(name = "COUNTRY", nullable = false, length = 2)
  private String country;

  @Column(name = "DEFAULT_LANGUAGE", nullable = false, length = 8)
  private String defaultLanguage;

  @Column(name = "DEFAULT_CURRENCY", nullable = false, length = 3)
  private String defaultCurrency;

  @Column(name = "LANGUAGES", nullable = false, length = 64)
  private String languages;

  @Column(name = "PRIMARY_COLOR", nullable = false, length = 7)
  private String primaryColor;

  @Column(name = "ACCENT_COLOR", nullable = false, length = 7)
  private String accentColor;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 16)
  private TenantStatus status;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "KEYCLOAK_ORGANIZATION_ID", length = 36)
  private String organizationId;

  @Column(name = "OWNER_USER_ID", length = 36)
  private String ownerUserId;

  /** When the merchant proved the sign-up address; the store is not open before. */
  @Column(name = "VERIFIED_AT")
  private Instant verifiedAt;

  @Column(name = "VERIFICATION_SENT_AT")
  private Instant verificationSentAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Tenant() {}

  public Tenant(StoreProfile profile, Instant now) {
    this.slug = profile.slug().value();
    this.displayName = profile.displayName();
    this.contactEmail = profile.contactEmail();
    this.country = profile.country();
    this.defaultLanguage = profile.defaultLanguage().toLanguageTag();
    this.defaultCurrency = profile.defaultCurrency();
    // A cross-border store starts out offering every language the product speaks, its own first;
    // the merchant may narrow this down in the branding settings.
    this.languages =
        String.join(
            ",",
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(profile.defaultLanguage()),
                    Branding.SUPPORTED_LANGUAGES.stream())
                .distinct()
                .map(Locale::toLanguageTag)
                .toList());
    this.primaryColor = Branding.DEFAULT.primaryColor().value();
    this.accentColor = Branding.DEFAULT.accentColor().value();
    this.status = TenantStatus.UNVERIFIED;
    this.createdAt = now;
  }

  /**
   * The merchant proved the sign-up address (or the server itself set the store up): the store
   * opens, unless the operator suspended it meanwhile. Proving it again changes nothing.
   */
  public void verify(Instant at) {
    if (verifiedAt != null) {
      return;
    }
    this.verifiedAt = at;
    if (status == TenantStatus.UNVERIFIED) {
      this.status = TenantStatus.ACTIVE;
    }
  }

  public boolean isVerified() {
    return verifiedAt != null;
  }

  /**
   * A verification link goes out now, unless one went out less than {@link #RESEND_AFTER} ago: a
   * button pressed in a loop must not flood the merchant's mailbox.
   */
  public boolean mayResendVerification(Instant now) {
    return verifiedAt == null
        && (verificationSentAt == null || !now.isBefore(verificationSentAt.plus(RESEND_AFTER)));
  }

  public void verificationSent(Instant at) {
    this.verificationSentAt = at;
  }

  public void rebrand(Branding branding) {
    this.displayName = branding.displayName();
    this.primaryColor = branding.primaryColor().value();
    this.accentColor = branding.accentColor().value();
    this.languages =
        String.join(",", branding.languages().stream().map(Locale::toLanguageTag).toList());
    if (!branding.languages().contains(Locale.forLanguageTag(defaultLanguage))) {
      this.defaultLanguage = branding.languages().get(0).toLanguageTag();
    }
  }

  /** The Keycloak organization that holds this store's staff, set once at onboarding. */
  public void linkOrganization(String keycloakOrganizationId) {
    if (organizationId != null && !organizationId.equals(keycloakOrganizationId)) {
      throw new IllegalStateException("tenant " + slug + " already has an organization");
    }
    this.organizationId = keycloakOrganizationId;
  }

  public Optional<String> getOrganizationId() {
    return Optional.ofNullable(organizationId);
  }

  /**
   * The Keycloak user who opened the store and administers it. It is the user id that counts, not
   * the contact e-mail: an address can change hands, a user id cannot.
   */
  public void linkOwner(String keycloakUserId) {
    if (ownerUserId != null && !ownerUserId.equals(keycloakUserId)) {
      throw new IllegalStateException("tenant " + slug + " already has an owner");
    }
    this.ownerUserId = keycloakUserId;
  }

  public boolean isOwnedBy(String keycloakUserId) {
    return ownerUserId != null && ownerUserId.equals(keycloakUserId);
  }

  public Optional<String> getOwnerUserId() {
    return Optional.ofNullable(ownerUserId);
  }

  public void suspend() {
    this.status = TenantStatus.SUSPENDED;
  }

  /** Lifts a suspension; a store whose address was never proved stays closed. */
  public void reactivate() {
    this.status = verifiedAt == null ? TenantStatus.UNVERIFIED : TenantStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public Branding branding() {
    return new Branding(
        displayName, HexColor.of(primaryColor), HexColor.of(accentColor), offeredLanguages());
  }

  public List<Locale> offeredLanguages() {
    return Arrays.stream(languages.split(",")).map(Locale::forLanguageTag).toList();
  }

  /** What a request or job acting for this store needs to know of it. */
  public CurrentTenant.TenantRef ref() {
    return new CurrentTenant.TenantRef(id, getSlug());
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getCountry() {
    return country;
  }

  public Locale getDefaultLanguage() {
    return Locale.forLanguageTag(defaultLanguage);
  }

  public String getDefaultCurrency() {
    return defaultCurrency;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
