package org.returnport.community.invitations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.OrderLine;
import org.returnport.community.invitations.entity.InvitationOptOut;
import org.returnport.community.invitations.entity.InvitationSettings;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.community.invitations.entity.ReviewInvitation.Source;
import org.returnport.events.ReturnClosed;
import org.returnport.members.entity.Member;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Records review invitations and mails them, in the caller's transaction: after a closed return
 * (observing {@link ReturnClosed} in the closing transaction) and for an order whose delivery was a
 * while ago (the store's job). An invitation is written once per order or return: the row is looked
 * for first and its unique key stops a second server that got there at the same moment.
 */
@Dependent
public class InvitationWriter {

  @PersistenceContext EntityManager em;

  @Inject InvitationMails mails;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  /** The store's settings, or the defaults when it never changed them. */
  public InvitationSettings settings() {
    return em.createNamedQuery(InvitationSettings.FIND, InvitationSettings.class)
        .getResultStream()
        .findFirst()
        .orElseGet(InvitationSettings::new);
  }

  /** The post-return review: what was wrong with the products that went back. */
  void returnClosed(@Observes ReturnClosed closed) {
    if (!settings().isAfterReturn() || invited(Source.RETURN, closed.returnId())) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, closed.returnId());
    if (r == null || optedOut(r.getEmail())) {
      return;
    }
    List<InvitationRules.Line> lines =
        r.getLines().stream()
            .map(l -> new InvitationRules.Line(l.getLineNo(), l.getSku(), l.getName(), 1))
            .toList();
    write(
        Source.RETURN,
        r.getId(),
        r.getEmail(),
        r.getLanguage(),
        InvitationRules.toReview(lines, Map.of()),
        closed.occurredAt());
  }

  /** Invites the order if it is still due and not yet invited; false when nothing was sent. */
  public boolean inviteOrder(long orderId, Instant now) {
    InvitationSettings settings = settings();
    if (!settings.isEnabled() || invited(Source.DELIVERY, orderId)) {
      return false;
    }
    CustomerOrder order = em.find(CustomerOrder.class, orderId);
    if (order == null) {
      return false;
    }
    OrderData data = order.data();
    Instant arrival =
        InvitationRules.arrival(
            data.placedAt(), data.shippedAt(), data.deliveredAt(), settings.getTransitDays());
    if (!InvitationRules.due(arrival, settings.getDaysAfterDelivery(), now)
        || optedOut(data.email())) {
      return false;
    }
    List<InvitationRules.Line> products =
        InvitationRules.toReview(
            order.getLines().stream()
                .map(
                    (OrderLine l) ->
                        new InvitationRules.Line(
                            l.getLineNo(), l.getSku(), l.getName(), l.getQuantity()))
                .toList(),
            returned(orderId));
    if (products.isEmpty()) {
      return false;
    }
    write(Source.DELIVERY, orderId, data.email(), language(data.email()), products, now);
    return true;
  }

  private void write(
      Source source,
      long sourceId,
      String email,
      String language,
      List<InvitationRules.Line> products,
      Instant now) {
    if (products.isEmpty()) {
      return;
    }
    ReviewInvitation invitation =
        new ReviewInvitation(
            source,
            sourceId,
            email,
            language,
            products.stream().map(InvitationRules.Line::sku).toList(),
            now);
    em.persist(invitation);
    em.flush();
    Tenant store = tenants.require(currentTenant.get().orElseThrow().slug());
    List<String> kept = invitation.getSkus();
    mails.send(
        store,
        invitation,
        products.stream()
            .filter(p -> kept.contains(p.sku()))
            .map(p -> new InvitationMails.Product(p.sku(), p.name()))
            .toList(),
        now);
  }

  private boolean invited(Source source, long id) {
    return !em.createNamedQuery(ReviewInvitation.BY_SOURCE, ReviewInvitation.class)
        .setParameter("source", source)
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  public boolean optedOut(String email) {
    return em.createNamedQuery(InvitationOptOut.COUNT, Long.class)
            .setParameter("email", email)
            .getSingleResult()
        > 0;
  }

  /** Units of each line that went back (or are on their way), as the returns count them. */
  private Map<Integer, Long> returned(long orderId) {
    Map<Integer, Long> out = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(ReturnCase.RETURNED_QUANTITIES, Object[].class)
            .setParameter("orderId", orderId)
            .getResultList()) {
      out.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }
    return out;
  }

  /** A member of the store with that address reads it in their language; others in the store's. */
  private String language(String email) {
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .map(Member::getLanguage)
        .orElseGet(
            () ->
                tenants
                    .require(currentTenant.get().orElseThrow().slug())
                    .getDefaultLanguage()
                    .toLanguageTag());
  }
}
