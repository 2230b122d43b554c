package org.returnport.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.tenancy.TenantScoped;

/** The current store's products, kept up to date by its integrations, one SKU at a time. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class Catalog {

  @PersistenceContext EntityManager em;

  /** Creates the SKU or takes its new description; answers whether it was new. */
  public boolean put(ProductData data) {
    Optional<Product> existing = find(data.sku());
    if (existing.isPresent()) {
      existing.get().apply(data);
      return false;
    }
    em.persist(new Product(data));
    return true;
  }

  public Optional<Product> find(String sku) {
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  public List<ProductData> list(int first, int max) {
    return em.createNamedQuery(Product.FIND_ALL, Product.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(Product::data)
        .toList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult();
  }
}
