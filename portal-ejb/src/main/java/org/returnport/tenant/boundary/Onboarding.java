package org.returnport.tenant.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.access.StaffRole;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.identity.control.LinkSignatures;
import org.returnport.identity.control.PersonName;
import org.returnport.tenant.control.AccountMails;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.StoreProfile;
import org.returnport.tenant.entity.Tenant;

/**
 * A merchant signs up: its tenant, its Keycloak organization and its first merchant admin come into
 * being together or not at all. The tenant row is written in this transaction; the Keycloak objects
 * are created during it and removed again if anything fails, including a rollback after this method
 * has returned.
 */
@Stateless
public class Onboarding {

  private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject KeycloakAdmin keycloak;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject LinkSignatures links;

  @Inject AccountMails mails;

  /** How long the link that proves a merchant's address is valid. */
  public static final Duration VERIFICATION_VALID_FOR = Duration.ofHours(48);

  private static final String PURPOSE = "store-verification";

  private final Clock clock = Clock.systemUTC();

  /**
   * A merchant signs up: the store exists, closed, and a link to prove the sign-up address goes
   * there. Until the merchant follows it, the account counts as unverified in Keycloak too, so an
   * address typed in by someone else never becomes an account that others invite in good faith.
   */
  public Tenant signUp(@NotNull @Valid MerchantSignUp form) {
    Tenant tenant = open(form, false);
    sendVerification(tenant);
    return tenant;
  }

  /**
   * A store the server itself sets up (the demo store of the run command): there is no person whose
   * address to prove, so it opens at once.
   */
  public Tenant signUpVerified(@NotNull @Valid MerchantSignUp form) {
    Tenant tenant = open(form, true);
    tenant.verify(clock.instant());
    return tenant;
  }

  /**
   * The merchant followed the link sent to the sign-up address: the address is proved and the store
   * opens. A link that was not signed by us for this very store, owner and address, or that has
   * expired, changes nothing.
   */
  public Verification verify(String slug, long validUntil, String token) {
    Optional<Tenant> found = slug == null ? Optional.empty() : tenants.findBySlug(slug);
    if (found.isEmpty() || !isSignedLink(found.get(), validUntil, token)) {
      return Verification.INVALID;
    }
    Tenant tenant = found.get();
    if (tenant.isVerified()) {
      return Verification.ALREADY_VERIFIED;
    }
    Instant now = clock.instant();
    if (now.isAfter(Instant.ofEpochSecond(validUntil))) {
      return Verification.EXPIRED;
    }
    keycloak.markEmailVerified(tenant.getOwnerUserId().orElseThrow());
    tenant.verify(now);
    LOG.info(() -> "Verified the address of tenant " + tenant.getSlug() + "; it is open");
    return Verification.VERIFIED;
  }

  /** What following a verification link did. */
  public enum Verification {
    VERIFIED,
    ALREADY_VERIFIED,
    EXPIRED,
    INVALID
  }

  /** The store this Keycloak user signed up and has not verified yet, if any. */
  public Optional<Tenant> unverifiedStoreOf(String keycloakUserId) {
    return em.createNamedQuery(Tenant.FIND_UNVERIFIED_BY_OWNER, Tenant.class)
        .setParameter("userId", keycloakUserId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Sends the verification link of the user's unverified store again, at most once a minute;
   * answers the store, whose contact address got it.
   */
  public Tenant resendVerification(String keycloakUserId) {
    Tenant tenant =
        unverifiedStoreOf(keycloakUserId)
            .orElseThrow(() -> new RejectedException(null, "returnport.verify.nothingToVerify"));
    if (!tenant.mayResendVerification(clock.instant())) {
      throw new RejectedException(null, "returnport.verify.tooSoon");
    }
    sendVerification(tenant);
    return tenant;
  }

  private void sendVerification(Tenant tenant) {
    Instant now = clock.instant();
    long validUntil = now.plus(VERIFICATION_VALID_FOR).getEpochSecond();
    String path =
        "/verify.xhtml?store="
            + tenant.getSlug()
            + "&until="
            + validUntil
            + "&t="
            + links.sign(PURPOSE, signed(tenant, validUntil));
    mails.storeVerification(tenant, path, VERIFICATION_VALID_FOR);
    tenant.verificationSent(now);
  }

  private boolean isSignedLink(Tenant tenant, long validUntil, String token) {
    return tenant.getOwnerUserId().isPresent()
        && links.matches(token, PURPOSE, signed(tenant, validUntil));
  }

  /** What a verification link vouches for: this store, its owner's account and address, a date. */
  private static Object[] signed(Tenant tenant, long validUntil) {
    return new Object[] {
      tenant.getSlug(), tenant.getOwnerUserId().orElse(""), tenant.getContactEmail(), validUntil
    };
  }

  private Tenant open(MerchantSignUp form, boolean addressProved) {
    if (Slug.isReserved(form.getSlug()) || tenants.isSlugTaken(form.getSlug())) {
      throw new RejectedException("slug", "returnport.signup.slugTaken");
    }
    StoreProfile profile = form.toProfile();
    if (keycloak.findUserId(profile.contactEmail()).isPresent()) {
      throw new RejectedException("contactEmail", "returnport.signup.emailTaken");
    }
    Tenant tenant = new Tenant(profile, clock.instant());
    em.persist(tenant);
    em.flush();

    KeycloakObjects created = new KeycloakObjects();
    transactions.registerInterposedSynchronization(created);
    created.organizationId =
        keycloak.createOrganization(profile.slug().value(), profile.displayName());
    tenant.linkOrganization(created.organizationId);
    created.userId =
        keycloak.createUser(
            profile.contactEmail(),
            new PersonName(form.getFirstName().strip(), form.getLastName().strip()),
            form.getPassword(),
            addressProved);
    tenant.linkOwner(created.userId);
    keycloak.grantRealmRole(created.userId, StaffRole.MERCHANT_ADMIN.roleName());
    keycloak.addMember(created.organizationId, created.userId);
    LOG.info(() -> "Onboarded tenant " + tenant.getSlug());
    return tenant;
  }

  /** What was created in Keycloak, removed again when the transaction does not commit. */
  private final class KeycloakObjects implements Synchronization {
    String organizationId;
    String userId;

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        return;
      }
      try {
        if (userId != null) {
          keycloak.deleteUser(userId);
        }
        if (organizationId != null) {
          keycloak.deleteOrganization(organizationId);
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.SEVERE,
            "Could not undo Keycloak organization " + organizationId + " / user " + userId,
            e);
      }
    }
  }
}
