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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.identity.control.PersonName;
import org.returnport.platform.entity.RejectedException;
import org.returnport.staff.entity.StaffRole;
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

  private final Clock clock = Clock.systemUTC();

  public Tenant signUp(@NotNull @Valid MerchantSignUp form) {
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
            false);
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
