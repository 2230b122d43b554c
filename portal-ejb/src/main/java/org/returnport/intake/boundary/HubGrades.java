package org.returnport.intake.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.intake.entity.Grade;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's grading scale: the default one until the merchant sets its own. Past gradings keep
 * the grade they were given, whatever the scale becomes.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class HubGrades {

  @PersistenceContext EntityManager em;

  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
  public List<Grade> scale() {
    List<Grade> own = em.createNamedQuery(Grade.ALL, Grade.class).getResultList();
    return own.isEmpty() ? Grade.defaults() : own;
  }

  /** Replaces the scale with the merchant's, in the order given. */
  public List<Grade> save(List<Grade.Definition> definitions) {
    List<Grade> scale = Grade.scale(definitions);
    em.createQuery("DELETE FROM Grade g").executeUpdate();
    em.flush();
    scale.forEach(em::persist);
    return scale;
  }
}
