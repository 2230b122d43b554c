package org.returnport.catalog.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.StockLevel;
import org.returnport.errors.RejectedException;

/**
 * Changes stock levels of the current store under a row lock ({@code SELECT … FOR UPDATE}), so that
 * two servers reserving the last unit at the same moment cannot both get it: the second waits for
 * the first's commit and then sees what is left.
 */
@Dependent
public class StockKeeper {

  @PersistenceContext EntityManager em;

  /** The SKU's product, locked for the rest of the transaction. */
  public Optional<Product> lock(String sku) {
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Applies a change to the SKU's stock under the lock and answers the new level. */
  public StockLevel change(String sku, UnaryOperator<StockLevel> change) {
    Product product =
        lock(sku)
            .orElseThrow(() -> new RejectedException("sku", "returnport.stock.unknownSku", sku));
    StockLevel next = change.apply(product.stock());
    product.stock(next);
    return next;
  }

  /**
   * Sets {@code quantity} aside when that many are available; answers false (and changes nothing)
   * when they are not. Unknown SKUs are not tracked and always succeed, like untracked ones.
   */
  public boolean tryReserve(String sku, int quantity) {
    Optional<Product> product = lock(sku);
    if (product.isEmpty()) {
      return true;
    }
    StockLevel level = product.get().stock();
    if (!level.canReserve(quantity)) {
      return false;
    }
    product.get().stock(level.reserve(quantity));
    return true;
  }

  public void release(String sku, int quantity) {
    lock(sku).ifPresent(p -> p.stock(p.stock().release(quantity)));
  }

  public void ship(String sku, int quantity) {
    lock(sku).ifPresent(p -> p.stock(p.stock().ship(quantity)));
  }

  /**
   * Units of the SKU that may still be promised, with its row locked until the transaction ends:
   * null when untracked or unknown.
   */
  public Integer lockedAvailable(String sku) {
    return lock(sku).map(p -> p.stock().available()).orElse(null);
  }

  /** Units of the SKU that may still be promised: null when untracked or unknown. */
  public Integer available(String sku) {
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst()
        .map(p -> p.stock().available())
        .orElse(null);
  }
}
