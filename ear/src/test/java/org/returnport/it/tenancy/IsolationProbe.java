package org.returnport.it.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.tenant.control.TenantScoped;

/**
 * Raw persistence operations under the current tenant, as any boundary would run them: find by id,
 * JPQL reads, bulk updates and deletes. The isolation test checks what each one can reach.
 */
@Stateless
@TenantScoped
public class IsolationProbe {

  @PersistenceContext EntityManager em;

  public <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  public <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }

  public <T> List<T> all(Class<T> type) {
    return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e", type).getResultList();
  }

  public int update(String jpql, Object id) {
    return em.createQuery(jpql).setParameter("id", id).executeUpdate();
  }
}
