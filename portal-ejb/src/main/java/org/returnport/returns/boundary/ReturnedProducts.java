package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;

/**
 * Which products an address sent back to the current store and whether those returns are over: for
 * product reviews, whose verified-return badge needs a closed return of the product. Ids and facts
 * only; callers prove the address is the person's own.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ReturnedProducts {

  /** One returned line: its return, the address the return recorded, and whether it closed. */
  public record Returned(
      long returnId, String email, String sku, boolean closed, Instant requestedAt) {}

  /** A closed return: the address it recorded and the products it sent back. */
  public record Closed(long returnId, String email, List<String> skus) {}

  @PersistenceContext EntityManager em;

  /** Returns of the product by addresses the database matches to this one (at most 50). */
  public List<Returned> returnsOf(EmailAddress email, String sku) {
    return em.createQuery(
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
                    row[3] == ReturnStatus.CLOSED,
                    (Instant) row[4]))
        .toList();
  }

  /** The return, when it is closed. */
  public Optional<Closed> closed(long returnId) {
    ReturnCase returnCase = em.find(ReturnCase.class, returnId);
    if (returnCase == null || returnCase.getStatus() != ReturnStatus.CLOSED) {
      return Optional.empty();
    }
    return Optional.of(
        new Closed(
            returnCase.getId(),
            returnCase.getEmail(),
            returnCase.getLines().stream().map(ReturnLine::getSku).distinct().toList()));
  }
}
