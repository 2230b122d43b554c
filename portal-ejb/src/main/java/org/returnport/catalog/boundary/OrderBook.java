package org.returnport.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.events.DomainEvent;
import org.returnport.events.OrderRecorded;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The current store's orders, recorded by order number: the same order sent twice changes nothing,
 * a changed order is updated, so integrations may safely send again. Each new or changed order is
 * told as an {@link OrderRecorded}, whichever way it came (API, import, demo).
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

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public Outcome record(OrderData data) {
    Optional<CustomerOrder> existing = find(data.number());
    CustomerOrder order;
    Outcome outcome;
    if (existing.isEmpty()) {
      order = new CustomerOrder(data);
      em.persist(order);
      outcome = Outcome.CREATED;
    } else if (existing.get().apply(data)) {
      order = existing.get();
      outcome = Outcome.UPDATED;
    } else {
      return Outcome.UNCHANGED;
    }
    em.flush();
    events.fire(
        new OrderRecorded(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            Instant.now(),
            order.getId(),
            order.getNumber(),
            outcome == Outcome.CREATED));
    return outcome;
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
