package org.returnport.apikey.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.apikey.entity.ApiKey;
import org.returnport.apikey.entity.ApiKeySecret;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.TenantScoped;

/** The current store's API keys: made by its admin, shown once, revoked for good. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ApiKeys {

  @PersistenceContext EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public List<ApiKey> list() {
    return em.createNamedQuery(ApiKey.FIND_ALL, ApiKey.class).getResultList();
  }

  /** Makes a key; the answer is the only time its text is ever seen. */
  public ApiKeySecret create(String label) {
    if (label == null || label.isBlank() || label.strip().length() > ApiKey.LABEL_MAX) {
      throw new RejectedException("label", "returnport.apikey.label");
    }
    ApiKeySecret secret = ApiKeySecret.generate();
    em.persist(new ApiKey(label.strip(), secret, clock.instant()));
    return secret;
  }

  public void revoke(Long id) {
    ApiKey key = em.find(ApiKey.class, id);
    if (key == null) {
      throw new NotFoundException("API key " + id);
    }
    key.revoke(clock.instant());
  }
}
