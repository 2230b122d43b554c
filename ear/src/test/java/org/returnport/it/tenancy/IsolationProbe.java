package org.returnport.it.tenancy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.returnport.community.content.ContentChanged;
import org.returnport.tenancy.TenantScoped;

/**
 * Raw persistence operations under the current tenant, as any boundary would run them: find by id,
 * JPQL reads, bulk updates and deletes. The isolation test checks what each one can reach.
 */
@Stateless
@TenantScoped
public class IsolationProbe {

  @PersistenceContext EntityManager em;

  @Inject Event<ContentChanged> contentChanged;

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

  /**
   * Announces written content as the forum and reviews do, so that the search index stores its
   * rows, some of which only its native statement writes.
   */
  public void announce(ContentChanged change) {
    contentChanged.fire(change);
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
    Map<String, Object> key = idParts(entity, id);
    return bind(
            em.createQuery(
                "SELECT COUNT(e) FROM " + entity.getName() + " e WHERE " + where(key), Long.class),
            key)
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
    Map<String, Object> key = idParts(entity, id);
    return bind(
            em.createQuery(
                "UPDATE "
                    + entity.getName()
                    + " e SET e."
                    + column
                    + " = e."
                    + column
                    + " WHERE "
                    + where(key)),
            key)
        .executeUpdate();
  }

  /** A bulk delete of this id. */
  public int delete(Class<?> type, Object id) {
    EntityType<?> entity = em.getMetamodel().entity(type);
    Map<String, Object> key = idParts(entity, id);
    return bind(em.createQuery("DELETE FROM " + entity.getName() + " e WHERE " + where(key)), key)
        .executeUpdate();
  }

  /**
   * The id's attributes and their values: the one id attribute, or each part of a composite key
   * (read from the key object's field of the same name, as its id class declares them).
   */
  private static Map<String, Object> idParts(EntityType<?> entity, Object id) {
    if (entity.hasSingleIdAttribute()) {
      return Map.of(entity.getId(entity.getIdType().getJavaType()).getName(), id);
    }
    Map<String, Object> parts = new TreeMap<>();
    for (SingularAttribute<?, ?> attribute : entity.getIdClassAttributes()) {
      try {
        Field field = id.getClass().getDeclaredField(attribute.getName());
        field.setAccessible(true);
        parts.put(attribute.getName(), field.get(id));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(entity.getName() + " has a key without " + attribute, e);
      }
    }
    return parts;
  }

  private static String where(Map<String, Object> key) {
    return key.keySet().stream()
        .map(name -> "e." + name + " = :" + name)
        .collect(Collectors.joining(" AND "));
  }

  private static <Q extends Query> Q bind(Q query, Map<String, Object> key) {
    key.forEach(query::setParameter);
    return query;
  }
}
