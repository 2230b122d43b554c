package org.returnport.members.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.values.EmailAddress;

/**
 * A member's orders and returns in the current store, found by their verified address as the orders
 * and returns recorded it (guest returns included), newest first. The database compares the address
 * without regard to case (and uses its index); {@link EmailAddress#matches} then keeps exactly the
 * rows of this address.
 */
@Dependent
public class MemberActivity {

  /** The most of each that a member's page and export list. */
  public static final int MAX = 200;

  @PersistenceContext EntityManager em;

  public List<CustomerOrder> orders(EmailAddress email) {
    return em.createQuery(
            "SELECT o FROM CustomerOrder o WHERE o.email = :email ORDER BY o.placedAt DESC",
            CustomerOrder.class)
        .setParameter("email", email.value())
        .setMaxResults(MAX)
        .getResultStream()
        .filter(order -> email.matches(order.data().email()))
        .toList();
  }

  public List<ReturnCase> returns(EmailAddress email) {
    return em.createQuery(
            "SELECT r FROM ReturnCase r WHERE r.email = :email ORDER BY r.requestedAt DESC",
            ReturnCase.class)
        .setParameter("email", email.value())
        .setMaxResults(MAX)
        .getResultStream()
        .filter(returnCase -> email.matches(returnCase.getEmail()))
        .toList();
  }
}
