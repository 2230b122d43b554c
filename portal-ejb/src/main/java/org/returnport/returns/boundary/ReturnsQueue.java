package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnMessageSent;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.returns.entity.ReturnPhoto;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's returns as its staff work through them: a filtered, paged list, one return in detail,
 * and the decisions. A decision names the version of the return it was made on; when two people act
 * on the same return at once, the first one wins and the other is told.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnsQueue {

  /** The most returns one bulk approval takes. */
  public static final int BULK_MAX = 200;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public List<QueueRow> list(QueueFilter filter, int first, int max) {
    TypedQuery<ReturnCase> query =
        query(
            filter,
            "SELECT r FROM ReturnCase r",
            " ORDER BY r.requestedAt DESC, r.id DESC",
            ReturnCase.class);
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 200))
        .getResultStream()
        .map(ReturnsQueue::row)
        .toList();
  }

  public long count(QueueFilter filter) {
    return query(filter, "SELECT COUNT(r) FROM ReturnCase r", "", Long.class).getSingleResult();
  }

  public ReturnCase detail(String rma) {
    ReturnCase returnCase = find(rma, LockModeType.NONE);
    returnCase.getLines().size();
    returnCase.getEvents().size();
    return returnCase;
  }

  /** The ids of the return's photos, each with the order line it shows. */
  public List<PhotoRef> photos(String rma) {
    ReturnCase returnCase = find(rma, LockModeType.NONE);
    return em.createNamedQuery(ReturnPhoto.FIND_BY_RETURN, Object[].class)
        .setParameter("returnId", returnCase.getId())
        .getResultStream()
        .map(row -> new PhotoRef((Long) row[0], (Integer) row[1]))
        .toList();
  }

  /** One photo of one of the store's returns; another store's photo is not found. */
  public ReturnPhoto photo(long id) {
    ReturnPhoto photo = em.find(ReturnPhoto.class, id);
    if (photo == null) {
      throw new NotFoundException("photo " + id);
    }
    return photo;
  }

  public void approve(String rma, Long seenVersion) {
    approve(current(rma, seenVersion));
  }

  public void reject(String rma, Long seenVersion, String why) {
    ReturnCase returnCase = current(rma, seenVersion);
    Instant now = Instant.now();
    returnCase.reject(caller.name().orElseThrow(), why, now);
    decided(returnCase, ReturnDecided.Outcome.REJECTED, now);
  }

  public void askShopper(String rma, Long seenVersion, String question) {
    ReturnCase returnCase = current(rma, seenVersion);
    Instant now = Instant.now();
    ReturnEvent asked = returnCase.askShopper(caller.name().orElseThrow(), question, now);
    sent(returnCase, asked, ReturnMessageSent.Kind.QUESTION, now);
  }

  public void message(String rma, String text) {
    ReturnCase returnCase = find(rma, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    ReturnEvent message = returnCase.staffMessage(caller.name().orElseThrow(), text, now);
    sent(returnCase, message, ReturnMessageSent.Kind.MESSAGE, now);
  }

  /**
   * Approves each return that is still under review; those decided meanwhile are skipped and named,
   * not approved twice.
   */
  public BulkResult approveAll(List<String> rmas) {
    if (rmas.size() > BULK_MAX) {
      throw new RejectedException(null, "returnport.queue.bulkTooMany", BULK_MAX);
    }
    int approved = 0;
    List<String> skipped = new ArrayList<>();
    for (String rma : rmas) {
      ReturnCase returnCase = find(rma, LockModeType.PESSIMISTIC_WRITE);
      if (returnCase.getStatus() == ReturnStatus.UNDER_REVIEW) {
        approve(returnCase);
        approved++;
      } else {
        skipped.add(returnCase.getRma());
      }
    }
    return new BulkResult(approved, skipped);
  }

  private void approve(ReturnCase returnCase) {
    Instant now = Instant.now();
    returnCase.approve(caller.name().orElseThrow(), now);
    decided(returnCase, ReturnDecided.Outcome.APPROVED, now);
  }

  private void decided(ReturnCase returnCase, ReturnDecided.Outcome outcome, Instant now) {
    em.flush();
    events.fire(
        new ReturnDecided(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            outcome,
            ReturnDecided.DecidedBy.STAFF));
  }

  private void sent(
      ReturnCase returnCase, ReturnEvent entry, ReturnMessageSent.Kind kind, Instant now) {
    em.flush();
    events.fire(
        new ReturnMessageSent(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            entry.getId(),
            ReturnMessageSent.From.STORE,
            kind));
  }

  /**
   * Locks the return, so that a second decision waits, then sees the first one. With the version
   * the caller saw, a change made since then refuses the action; without (an integration acting on
   * the return as it is), only a decision already made does.
   */
  private ReturnCase current(String rma, Long seenVersion) {
    ReturnCase returnCase = find(rma, LockModeType.PESSIMISTIC_WRITE);
    if (seenVersion != null && returnCase.getVersion() != seenVersion) {
      throw new RejectedException(null, "returnport.queue.changed", returnCase.getRma());
    }
    return returnCase;
  }

  private ReturnCase find(String rma, LockModeType lock) {
    if (!RmaNumber.isValid(rma)) {
      throw new NotFoundException("return");
    }
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma.strip().toUpperCase(Locale.ROOT))
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("return"));
  }

  private <T> TypedQuery<T> query(QueueFilter filter, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      where.append(" AND r.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.waitingOn() != null) {
      where.append(" AND r.waitingOn = :waitingOn");
      parameters.put("waitingOn", filter.waitingOn());
    }
    if (filter.country() != null && !filter.country().isBlank()) {
      where.append(" AND r.shipCountry = :country");
      parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
    }
    if (filter.reason() != null && !filter.reason().isBlank()) {
      where.append(
          " AND EXISTS (SELECT l FROM ReturnLine l WHERE l.returnCase = r AND l.reason = :reason)");
      parameters.put("reason", filter.reason());
    }
    if (filter.olderThan() != null) {
      where.append(" AND r.requestedAt < :before");
      parameters.put("before", Instant.now().minus(filter.olderThan()));
    }
    String search = filter.search() == null ? "" : filter.search().strip();
    if (!search.isEmpty()) {
      if (RmaNumber.isValid(search)) {
        where.append(" AND r.rma = :rma");
        parameters.put("rma", search.toUpperCase(Locale.ROOT));
      } else {
        where.append(" AND (r.orderNumber = :orderNumber OR r.email = :email)");
        parameters.put("orderNumber", search.startsWith("#") ? search.substring(1) : search);
        parameters.put("email", search.toLowerCase(Locale.ROOT));
      }
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static QueueRow row(ReturnCase r) {
    Money refund = r.getRefund();
    return new QueueRow(
        r.getRma(),
        r.getOrderNumber(),
        r.getEmail(),
        r.getShipCountry(),
        r.getStatus(),
        r.getWaitingOn(),
        r.getResolution(),
        refund,
        r.getRequestedAt(),
        r.getVersion());
  }

  /** A photo of a return, by id, and the order line it shows. */
  public record PhotoRef(long id, int lineNo) {}

  /** What a bulk approval did. */
  public record BulkResult(int approved, List<String> skipped) {}
}
