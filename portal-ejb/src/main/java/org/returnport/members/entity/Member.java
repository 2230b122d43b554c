package org.returnport.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;
import org.returnport.values.DisplayName;
import org.returnport.values.EmailAddress;

/**
 * A shopper's membership of one store: their Keycloak account, the consent they gave this store,
 * the name they show in its community, their language and what they want to be mailed about. One
 * account is a member of each store it joined, by a row of that store only. A member who leaves
 * keeps no personal data here: the row stays as an anonymous tombstone (other records of the store
 * may name its id), and the account may join again as a new member.
 */
@Entity
@Table(name = "STORE_MEMBER")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Member.BY_USER,
    query = "SELECT m FROM Member m WHERE m.keycloakUserId = :user AND m.leftAt IS NULL")
@NamedQuery(
    name = Member.BY_EMAIL,
    query = "SELECT m FROM Member m WHERE m.email = :email AND m.leftAt IS NULL")
@NamedQuery(
    name = Member.BY_ID,
    query = "SELECT m FROM Member m WHERE m.id = :id AND m.leftAt IS NULL")
@NamedQuery(
    name = Member.BY_NAME_KEY,
    query = "SELECT m FROM Member m WHERE m.displayKey = :key AND m.leftAt IS NULL")
public class Member {

  public static final String BY_USER = "Member.byUser";
  public static final String BY_EMAIL = "Member.byEmail";
  public static final String BY_ID = "Member.byId";
  public static final String BY_NAME_KEY = "Member.byNameKey";

  /** The languages a member can choose: those the shopper pages are written in. */
  public enum Language {
    EN("en"),
    ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
      this.tag = tag;
    }

    public String tag() {
      return tag;
    }

    public static Optional<Language> ofTag(String tag) {
      for (Language language : values()) {
        if (language.tag.equalsIgnoreCase(tag)) {
          return Optional.of(language);
        }
      }
      return Optional.empty();
    }
  }

  /** What the member wants to be e-mailed about. */
  public record Preferences(boolean returns, boolean community, boolean points) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "KEYCLOAK_USER_ID", length = 36)
  private String keycloakUserId;

  @Column(name = "EMAIL", length = EmailAddress.MAX)
  private String email;

  @Column(name = "DISPLAY_NAME", length = DisplayName.MAX)
  private String displayName;

  @Column(name = "DISPLAY_KEY", length = DisplayName.KEY_MAX)
  private String displayKey;

  @Column(name = "LANGUAGE", nullable = false, length = 16)
  private String language;

  @Column(name = "MAIL_RETURNS", nullable = false)
  private boolean mailAboutReturns;

  @Column(name = "MAIL_COMMUNITY", nullable = false)
  private boolean mailAboutCommunity;

  @Column(name = "MAIL_POINTS", nullable = false)
  private boolean mailAboutPoints;

  @Column(name = "JOINED_AT", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "CONSENT_AT")
  private Instant consentAt;

  @Column(name = "CONSENT_VERSION", length = 20)
  private String consentVersion;

  @Column(name = "LEFT_AT")
  private Instant leftAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Member() {}

  /** Joins the account, which gave its consent (to the terms of {@code consentVersion}) now. */
  public Member(
      String keycloakUserId,
      EmailAddress email,
      DisplayName name,
      Language language,
      Preferences preferences,
      String consentVersion,
      Instant now) {
    this.keycloakUserId = keycloakUserId;
    this.email = email.value();
    this.joinedAt = now;
    this.consentAt = now;
    this.consentVersion = consentVersion;
    change(name, language, preferences);
  }

  public void change(DisplayName name, Language language, Preferences preferences) {
    requireMember();
    this.displayName = name.value();
    this.displayKey = name.key();
    this.language = language.tag();
    this.mailAboutReturns = preferences.returns();
    this.mailAboutCommunity = preferences.community();
    this.mailAboutPoints = preferences.points();
  }

  /** The account's verified address changed in Keycloak: its orders are matched by the new one. */
  public void addressChanged(EmailAddress address) {
    requireMember();
    this.email = address.value();
  }

  /**
   * Erases everything that says who the member was; what remains (the id, when they joined and
   * left) names nobody.
   */
  public void leave(Instant now) {
    requireMember();
    this.keycloakUserId = null;
    this.email = null;
    this.displayName = null;
    this.displayKey = null;
    this.language = Language.EN.tag();
    this.mailAboutReturns = false;
    this.mailAboutCommunity = false;
    this.mailAboutPoints = false;
    this.consentAt = null;
    this.consentVersion = null;
    this.leftAt = now;
  }

  private void requireMember() {
    if (leftAt != null) {
      throw new IllegalStateException("member " + id + " left");
    }
  }

  public Long getId() {
    return id;
  }

  public String getKeycloakUserId() {
    return keycloakUserId;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getLanguage() {
    return language;
  }

  public Preferences getPreferences() {
    return new Preferences(mailAboutReturns, mailAboutCommunity, mailAboutPoints);
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public Instant getConsentAt() {
    return consentAt;
  }

  public String getConsentVersion() {
    return consentVersion;
  }

  public Optional<Instant> getLeftAt() {
    return Optional.ofNullable(leftAt);
  }
}
