package org.returnport.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;

/**
 * What the current store's catalog and orders tell other features about products and who bought
 * them, without handing out its entities: for product reviews, which show a product's card and mark
 * a reviewer whose address bought it. Callers prove the address is the person's own.
 */
@Stateless
@TenantScoped
@AnyCaller
public class Purchases {

  @PersistenceContext EntityManager em;

  public Optional<ProductCard> product(String sku) {
    if (sku == null || sku.isBlank() || sku.length() > ProductData.SKU_MAX) {
      return Optional.empty();
    }
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst()
        .map(Product::data)
        .map(
            data ->
                new ProductCard(
                    data.sku(),
                    data.nameEn(),
                    data.nameZh(),
                    data.category(),
                    data.hsCode(),
                    data.imageUrl()));
  }

  /**
   * The addresses, as the orders recorded them, of the store's orders with the product that the
   * database matches to this address without regard to case (at most 50): the caller keeps those
   * that are exactly the person's.
   */
  public List<String> buyers(EmailAddress email, String sku) {
    return em.createQuery(
            "SELECT o.email FROM CustomerOrder o JOIN o.lines l"
                + " WHERE o.email = :email AND l.sku = :sku",
            String.class)
        .setParameter("email", email.value())
        .setParameter("sku", sku)
        .setMaxResults(50)
        .getResultList();
  }
}
