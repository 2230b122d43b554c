package org.returnport.community.invitations.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.invitations.control.InvitationRules;
import org.returnport.community.invitations.control.InvitationTokens;
import org.returnport.community.invitations.control.InvitationWriter;
import org.returnport.community.invitations.entity.InvitationOptOut;
import org.returnport.community.invitations.entity.InvitationSettings;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * A store's review invitations: its settings, the orders whose invitation is due (for {@link
 * InvitationJob}), and the links of the e-mails, which anyone holding one may follow.
 */
@Stateless
@TenantScoped
public class ReviewInvitations {

  /** Orders looked at per store and run of the job; the rest wait for the next run. */
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  @Inject InvitationWriter writer;

  @Inject InvitationTokens tokens;

  @Inject CurrentTenant currentTenant;

  /** What the store's settings say, as the console shows them. */
  public record Settings(
      boolean enabled, int daysAfterDelivery, int transitDays, boolean afterReturn) {}

  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Settings settings() {
    InvitationSettings s = writer.settings();
    return new Settings(
        s.isEnabled(), s.getDaysAfterDelivery(), s.getTransitDays(), s.isAfterReturn());
  }

  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Settings change(Settings wanted) {
    InvitationSettings s =
        em.createNamedQuery(InvitationSettings.FIND, InvitationSettings.class)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (s == null) {
      s = new InvitationSettings();
      s.change(
          wanted.enabled(), wanted.daysAfterDelivery(), wanted.transitDays(), wanted.afterReturn());
      em.persist(s);
    } else {
      s.change(
          wanted.enabled(), wanted.daysAfterDelivery(), wanted.transitDays(), wanted.afterReturn());
    }
    return settings();
  }

  /**
   * The ids of orders whose invitation may be due now and that have none yet, oldest first: those
   * delivered (by the store's word) the store's days ago, or shipped or placed that long plus the
   * transit days, within {@link InvitationRules#LATE_WINDOW}.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public List<Long> dueOrders(Instant now) {
    InvitationSettings s = writer.settings();
    if (!s.isEnabled()) {
      return List.of();
    }
    Instant deliveredBy = now.minus(Duration.ofDays(s.getDaysAfterDelivery()));
    Instant shippedBy = deliveredBy.minus(Duration.ofDays(s.getTransitDays()));
    return em.createQuery(
            "SELECT o.id FROM CustomerOrder o WHERE ((o.deliveredAt IS NOT NULL"
                + " AND o.deliveredAt <= :deliveredBy AND o.deliveredAt > :deliveredFrom)"
                + " OR (o.deliveredAt IS NULL AND o.shippedAt IS NOT NULL"
                + " AND o.shippedAt <= :shippedBy AND o.shippedAt > :shippedFrom)"
                + " OR (o.deliveredAt IS NULL AND o.shippedAt IS NULL"
                + " AND o.placedAt <= :shippedBy AND o.placedAt > :shippedFrom))"
                + " AND NOT EXISTS (SELECT i FROM ReviewInvitation i"
                + " WHERE i.source = :source AND i.sourceId = o.id) ORDER BY o.id",
            Long.class)
        .setParameter("deliveredBy", deliveredBy)
        .setParameter("deliveredFrom", deliveredBy.minus(InvitationRules.LATE_WINDOW))
        .setParameter("shippedBy", shippedBy)
        .setParameter("shippedFrom", shippedBy.minus(InvitationRules.LATE_WINDOW))
        .setParameter("source", ReviewInvitation.Source.DELIVERY)
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Invites one order in a transaction of its own; false when it was not (or no longer) due. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public boolean inviteOrder(long orderId, Instant now) {
    return writer.inviteOrder(orderId, now);
  }

  /** Where a product link leads: its product and the address it was sent to. */
  public record Invited(String sku, String email) {}

  /**
   * Checks a product link's token and notes that the invitation was opened. A token that is not
   * ours, is for another store, was changed or has expired is refused with nothing changed.
   */
  @AnyCaller
  public Invited open(String token, Instant now) {
    InvitationTokens.Claim claim =
        InvitationTokens.read(token).orElseThrow(InvitationRefusedException::new);
    ReviewInvitation invitation = em.find(ReviewInvitation.class, claim.invitationId());
    if (invitation == null || !tokens.isValid(claim, slug(), invitation, now)) {
      throw new InvitationRefusedException();
    }
    invitation.opened(now);
    return new Invited(claim.sku(), invitation.getEmail());
  }

  /** The stop link of an invitation: no more invitations to its address from this store. */
  @AnyCaller
  public void stop(String token, Instant now) {
    ReviewInvitation invitation =
        InvitationTokens.stopInvitation(token)
            .map(id -> em.find(ReviewInvitation.class, id))
            .orElse(null);
    if (invitation == null || !tokens.isValidStop(token, slug(), invitation, now)) {
      throw new InvitationRefusedException();
    }
    if (!writer.optedOut(invitation.getEmail())) {
      em.persist(new InvitationOptOut(invitation.getEmail(), now));
    }
  }

  private String slug() {
    return currentTenant.get().orElseThrow().slug();
  }

  /** A link that is not a valid invitation of this store (changed, expired, another store's). */
  public static class InvitationRefusedException extends RejectedException {
    private static final long serialVersionUID = 1L;

    public InvitationRefusedException() {
      super("token", "community.invite.refused");
    }
  }
}
