package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.returnport.community.reviews.entity.ProductRating;

/** A product's rating row, locked for a change so that two reviews at once both count. */
@Dependent
public class Ratings {

  @PersistenceContext EntityManager em;

  public ProductRating forChange(String sku, Instant now) {
    return em.createNamedQuery(ProductRating.BY_SKU, ProductRating.class)
        .setParameter("sku", sku)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              ProductRating rating = new ProductRating(sku, now);
              em.persist(rating);
              em.flush();
              return rating;
            });
  }
}
