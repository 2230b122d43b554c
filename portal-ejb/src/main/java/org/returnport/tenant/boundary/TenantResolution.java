package org.returnport.tenant.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;
import org.returnport.apikey.entity.ApiKeySecret;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.entity.Tenant;

/**
 * Turns what a request carries (a slug in the URL, the signed-in user's organizations, an API key)
 * into the current tenant. The one entry point for every request that acts for a tenant.
 */
@Stateless
public class TenantResolution {

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  /**
   * For shopper pages: any store that has opened, active or suspended (the page shows a suspended
   * notice). A store whose merchant has not proved the sign-up address yet looks like no store.
   */
  public Optional<Tenant> enterBySlug(String slug) {
    Optional<Tenant> tenant = tenants.findBySlug(slug).filter(Tenant::isVerified);
    tenant.map(Tenant::ref).ifPresent(currentTenant::enter);
    return tenant;
  }

  /**
   * For a person following an invitation link, who has no role in the store yet: the active store
   * the link names. The invitation's own signature and addressee are checked by the staff
   * directory.
   */
  public Optional<Tenant> enterForInvitation(String slug) {
    Optional<Tenant> tenant =
        slug == null ? Optional.empty() : tenants.findBySlug(slug).filter(Tenant::isActive);
    tenant.map(Tenant::ref).ifPresent(currentTenant::enter);
    return tenant;
  }

  /**
   * For staff: the tenant only when the user is a member of its organization and it is active.
   * Anything else looks exactly like a tenant that does not exist.
   */
  public Optional<Tenant> enterAsStaff(String slug, Collection<String> organizations) {
    if (slug == null || !organizations.contains(slug)) {
      return Optional.empty();
    }
    Optional<Tenant> tenant = tenants.findBySlug(slug).filter(Tenant::isActive);
    tenant.map(Tenant::ref).ifPresent(currentTenant::enter);
    return tenant;
  }

  /**
   * For integrations: the active store an unrevoked API key belongs to. Plain SQL on purpose: the
   * key is what tells the tenant, so this one query cannot be scoped to a tenant beforehand; it
   * names the tenant column explicitly. (EclipseLink refuses native queries in a unit with
   * multitenant entities, a guard worth keeping; hence JDBC.)
   */
  public Optional<Tenant> enterByApiKey(String key) {
    if (!ApiKeySecret.looksLikeAKey(key)) {
      return Optional.empty();
    }
    Optional<Tenant> tenant =
        ownerOfKey(new ApiKeySecret(key).hash())
            .map(id -> em.find(Tenant.class, id))
            .filter(Tenant::isActive);
    tenant.map(Tenant::ref).ifPresent(currentTenant::enter);
    return tenant;
  }

  private Optional<Long> ownerOfKey(String hash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT TENANT_ID FROM API_KEY WHERE KEY_HASH = ? AND REVOKED_AT IS NULL")) {
      query.setString(1, hash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("API key look-up failed", e);
    }
  }
}
