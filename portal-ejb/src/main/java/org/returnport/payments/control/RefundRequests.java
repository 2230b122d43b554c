package org.returnport.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.payments.entity.Refund;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;

/**
 * Turns a due refund into a durable refund row, in the transaction of the settlement that made it
 * due, so that the payout and its refund are written together or not at all; the refund worker
 * sends it after the commit. A payout key seen before changes nothing. The order is locked while
 * its refunds are added up, so two payouts of one order at the same moment are weighed one after
 * the other.
 */
@Dependent
public class RefundRequests {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  void due(@Observes PayoutDue due) {
    if (due.method() != PayoutMethod.REFUND) {
      return;
    }
    ReturnCase returnCase = em.find(ReturnCase.class, due.returnId());
    if (returnCase == null || !returnCase.getRma().equals(due.rma())) {
      throw new RefundRefusedException("returnport.refund.noOrder", due.rma());
    }
    List<CustomerOrder> orders =
        em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
            .setParameter("number", returnCase.getOrderNumber())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (orders.isEmpty()) {
      throw new RefundRefusedException("returnport.refund.noOrder", due.rma());
    }
    // A locking read sees what other transactions committed meanwhile, whatever this one read
    // before: the same key fired twice at once is written once.
    List<Refund> ofOrder =
        em.createNamedQuery(Refund.FIND_BY_ORDER, Refund.class)
            .setParameter("orderNumber", returnCase.getOrderNumber())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    boolean seen =
        ofOrder.stream().anyMatch(r -> r.getPayoutKey().equals(due.payoutKey()))
            || !em.createNamedQuery(Refund.FIND_BY_KEY, Refund.class)
                .setParameter("payoutKey", due.payoutKey())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .isEmpty();
    if (seen) {
      return;
    }
    OrderData order = orders.get(0).data();
    RefundLimits.check(
        RefundLimits.paid(order),
        ofOrder.stream().filter(Refund::counts).map(Refund::getAmount).toList(),
        due.amount(),
        order.number());
    em.persist(
        new Refund(
            currentTenant.get().orElseThrow().slug(),
            due.payoutKey(),
            due.returnId(),
            due.rma(),
            order.number(),
            due.amount(),
            order.paymentMethod(),
            order.paymentReference() == null ? order.number() : order.paymentReference(),
            due.occurredAt()));
    em.flush();
  }
}
