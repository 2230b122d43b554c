package org.returnport.it.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Comparator;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Raw persistence operations under the current tenant, as any boundary would run them: find by id,
 * JPQL reads, bulk updates and deletes. The isolation test checks what each one can reach.
 */
@Stateless
@TenantScoped
public class IsolationProbe {

  @PersistenceContext EntityManager em;

  /** Every entity the persistence unit knows that belongs to one store. */
  public List<Class<?>> tenantOwnedTypes() {
    return em.getMetamodel().getEntities().stream()
        .map(EntityType::getJavaType)
        .filter(type -> type.isAnnotationPresent(Multitenant.class))
        .<Class<?>>map(type -> type)
        .sorted(Comparator.comparing(Class::getName))
        .toList();
  }

  /** Stores the entity at once, so that it has its id even inside a caller's transaction. */
  public <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  public Object idOf(Object entity) {
    return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
  }

  public <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }

  public <T> List<T> all(Class<T> type) {
    return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e", type).getResultList();
  }

  /** How many rows a JPQL read of this id finds. */
  public long count(Class<?> type, Object id) {
    EntityType<?> entity = em.getMetamodel().entity(type);
    return em.createQuery(
            "SELECT COUNT(e) FROM " + entity.getName() + " e WHERE e." + idName(entity) + " = :id",
            Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * A bulk update of this id that sets a plain column to its own value: it counts the rows it
   * reaches without changing any.
   */
  public int touch(Class<?> type, Object id) {
    EntityType<?> entity = em.getMetamodel().entity(type);
    String column =
        entity.getSingularAttributes().stream()
            .filter(a -> a.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC)
            .filter(a -> !a.isId() && !a.isVersion())
            .map(SingularAttribute::getName)
            .sorted()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(entity.getName() + " has no column"));
    return update(
        "UPDATE "
            + entity.getName()
            + " e SET e."
            + column
            + " = e."
            + column
            + " WHERE e."
            + idName(entity)
            + " = :id",
        id);
  }

  /** A bulk delete of this id. */
  public int delete(Class<?> type, Object id) {
    EntityType<?> entity = em.getMetamodel().entity(type);
    return update(
        "DELETE FROM " + entity.getName() + " e WHERE e." + idName(entity) + " = :id", id);
  }

  public int update(String jpql, Object id) {
    return em.createQuery(jpql).setParameter("id", id).executeUpdate();
  }

  private static String idName(EntityType<?> entity) {
    return entity.getId(entity.getIdType().getJavaType()).getName();
  }
}
