package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.community.reviews.control.BadgeRules.Bought;
import org.returnport.community.reviews.control.BadgeRules.Returned;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.values.EmailAddress;

/** Looks up the store's orders and returns of a member's address for one product's badges. */
@Dependent
public class Badges {

  @PersistenceContext EntityManager em;

  public boolean purchased(EmailAddress email, String sku) {
    List<Bought> lines =
        em.createQuery(
                "SELECT o.email, l.sku FROM CustomerOrder o JOIN o.lines l"
                    + " WHERE o.email = :email AND l.sku = :sku",
                Object[].class)
            .setParameter("email", email.value())
            .setParameter("sku", sku)
            .setMaxResults(50)
            .getResultStream()
            .map(row -> new Bought((String) row[0], (String) row[1]))
            .toList();
    return BadgeRules.purchased(email, sku, lines);
  }

  public Optional<Long> returned(EmailAddress email, String sku) {
    List<Returned> lines =
        em.createQuery(
                "SELECT r.id, r.email, l.sku, r.status, r.requestedAt FROM ReturnCase r"
                    + " JOIN r.lines l WHERE r.email = :email AND l.sku = :sku",
                Object[].class)
            .setParameter("email", email.value())
            .setParameter("sku", sku)
            .setMaxResults(50)
            .getResultStream()
            .map(
                row ->
                    new Returned(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (ReturnStatus) row[3],
                        (Instant) row[4]))
            .toList();
    return BadgeRules.returned(email, sku, lines);
  }
}
