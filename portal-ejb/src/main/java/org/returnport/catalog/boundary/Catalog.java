package org.returnport.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.control.StockKeeper;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.catalog.entity.StockLevel;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.TenantScoped;

/** The current store's products, kept up to date by its integrations, one SKU at a time. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class Catalog {

  @PersistenceContext EntityManager em;

  @Inject StockKeeper stock;

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

  /**
   * Creates or replaces the SKU and, when {@code stock} is given, counts its stock; without it the
   * stock stays as it was, so an integration that only describes products never wipes a count.
   */
  public boolean put(ProductData data, Integer stock) {
    boolean created = put(data);
    if (stock != null) {
      em.flush();
      setStock(data.sku(), stock);
    }
    return created;
  }

  /**
   * Counts a SKU's stock (null: stop tracking it); reservations stay. Refused for unknown SKUs and
   * negative or absurd counts.
   */
  public StockLevel setStock(String sku, Integer onHand) {
    if (onHand != null && (onHand < 0 || onHand > StockLevel.MAX)) {
      throw new RejectedException("stock", "returnport.stock.range", StockLevel.MAX);
    }
    return stock.change(sku, level -> level.counted(onHand));
  }

  public StockLevel stockOf(String sku) {
    return find(sku).orElseThrow(() -> new NotFoundException("product " + sku)).stock();
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
