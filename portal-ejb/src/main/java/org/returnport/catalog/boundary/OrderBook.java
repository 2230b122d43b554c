package org.returnport.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.tenancy.TenantScoped;

/**
 * The current store's orders, recorded by order number: the same order sent twice changes nothing,
 * a changed order is updated, so integrations may safely send again.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class OrderBook {

  /** What recording an order did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @PersistenceContext EntityManager em;

  public Outcome record(OrderData data) {
    Optional<CustomerOrder> existing = find(data.number());
    if (existing.isEmpty()) {
      em.persist(new CustomerOrder(data));
      em.flush();
      return Outcome.CREATED;
    }
    return existing.get().apply(data) ? Outcome.UPDATED : Outcome.UNCHANGED;
  }

  public Optional<CustomerOrder> find(String number) {
    return em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public Optional<OrderData> read(String number) {
    return find(number).map(CustomerOrder::data);
  }
}
