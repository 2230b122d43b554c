package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRecords;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.members.entity.Member;
import org.returnport.values.EmailAddress;

/**
 * What earning needs to know of the store's records, read in the caller's transaction: who may
 * earn, which order line a review is about, how a product and a return are named in an entry's
 * explanation, and what a member earned already in a day or a month.
 */
@Dependent
public class EarningFacts {

  @PersistenceContext EntityManager em;

  @Inject StaffRecords staff;

  /**
   * The member, if they may earn: a current member of the store who is not on its staff (staff
   * earning from their own store's program would be paying themselves).
   */
  public Optional<Member> earner(long memberId) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .filter(
            member ->
                member.getKeycloakUserId() == null
                    || staff.roleOf(member.getKeycloakUserId()).isEmpty());
  }

  /**
   * The order line a member's review of the product is about: the line of the named return when it
   * is the member's return of that product, else the member's earliest order line with it. An
   * address that never bought the product has none.
   */
  public Optional<OrderLineRef> lineReviewed(EmailAddress email, String sku, Long returnId) {
    if (returnId != null) {
      Optional<OrderLineRef> returned =
          em.createQuery(
                  "SELECT r.orderId, l.lineNo, r.email, r.rma FROM ReturnCase r JOIN r.lines l"
                      + " WHERE r.id = :id AND l.sku = :sku ORDER BY l.lineNo",
                  Object[].class)
              .setParameter("id", returnId)
              .setParameter("sku", sku)
              .getResultStream()
              .filter(row -> row[0] != null && email.matches((String) row[2]))
              .findFirst()
              .map(
                  row ->
                      new OrderLineRef(
                          ((Number) row[0]).longValue(),
                          ((Number) row[1]).intValue(),
                          returnId,
                          (String) row[3]));
      if (returned.isPresent()) {
        return returned;
      }
    }
    return em.createQuery(
            "SELECT o.id, l.lineNo, o.email FROM CustomerOrder o JOIN o.lines l"
                + " WHERE o.email = :email AND l.sku = :sku ORDER BY o.placedAt, o.id, l.lineNo",
            Object[].class)
        .setParameter("email", email.value())
        .setParameter("sku", sku)
        .setMaxResults(50)
        .getResultStream()
        .filter(row -> email.matches((String) row[2]))
        .findFirst()
        .map(
            row ->
                new OrderLineRef(
                    ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), null, null));
  }

  /**
   * The product's title in English and in Chinese (the English one when it has none), for the
   * explanations: the English messages show the first, the Chinese ones the second.
   */
  public List<String> titles(String sku) {
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst()
        .map(Product::data)
        .map(EarningFacts::titles)
        .orElse(List.of(sku, sku));
  }

  private static List<String> titles(ProductData data) {
    String zh = data.nameZh() == null || data.nameZh().isBlank() ? data.nameEn() : data.nameZh();
    return List.of(data.nameEn(), zh);
  }

  /** The return's RMA, for the explanations. */
  public Optional<String> rma(long returnId) {
    return em.createQuery("SELECT r.rma FROM ReturnCase r WHERE r.id = :id", String.class)
        .setParameter("id", returnId)
        .getResultStream()
        .findFirst();
  }

  /** Points the member earned (spendable or on hold) from {@code from} up to {@code to}. */
  public long earnedBetween(long memberId, Instant from, Instant to) {
    Number sum =
        em.createQuery(
                "SELECT COALESCE(SUM(e.points + e.pendingPoints), 0) FROM LedgerEntry e"
                    + " WHERE e.memberId = :memberId AND e.kind = :kind"
                    + " AND e.createdAt >= :from AND e.createdAt < :to",
                Number.class)
            .setParameter("memberId", memberId)
            .setParameter("kind", EntryKind.EARN)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum.longValue();
  }

  /** How many awards of this source the member had from {@code from} up to {@code to}. */
  public long awardsBetween(long memberId, String source, Instant from, Instant to) {
    return em.createQuery(
            "SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :memberId AND e.kind = :kind"
                + " AND e.source = :source AND e.createdAt >= :from AND e.createdAt < :to",
            Long.class)
        .setParameter("memberId", memberId)
        .setParameter("kind", EntryKind.EARN)
        .setParameter("source", source)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /**
   * The awards of a review, with a locking read: the caller holds the member's account lock, and
   * reads what was committed up to now rather than what its transaction (the one that fired the
   * event, which read other tables before) saw first.
   */
  public List<LedgerEntry> awardsOfReview(long reviewId) {
    return em.createNamedQuery(LedgerEntry.AWARDS_OF_REVIEW, LedgerEntry.class)
        .setParameter("reviewId", reviewId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** What followed an award (its confirmation, its claw-back), with a locking read as above. */
  public List<LedgerEntry> followUps(LedgerEntry award) {
    return em.createNamedQuery(LedgerEntry.RELATED, LedgerEntry.class)
        .setParameter("entryId", award.getId())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** A member's order line a review is about, and the return that names it, if any. */
  public record OrderLineRef(long orderId, int lineNo, Long returnId, String rma) {}
}
