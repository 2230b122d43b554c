package org.returnport.community.invitations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/**
 * How a store invites reviews: whether at all, how many days after delivery, how many days a parcel
 * takes when the store never says it was delivered, and whether a closed return invites too. A
 * store without a row has the defaults.
 */
@Entity
@Table(name = "REVIEW_INVITATION_SETTINGS")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = InvitationSettings.FIND, query = "SELECT s FROM InvitationSettings s")
public class InvitationSettings {

  public static final String FIND = "InvitationSettings.find";
  public static final int DEFAULT_DAYS = 7;
  public static final int DEFAULT_TRANSIT_DAYS = 7;
  public static final int DAYS_MAX = 90;
  public static final int TRANSIT_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled;

  @Column(name = "DAYS_AFTER_DELIVERY", nullable = false)
  private int daysAfterDelivery;

  @Column(name = "TRANSIT_DAYS", nullable = false)
  private int transitDays;

  @Column(name = "AFTER_RETURN", nullable = false)
  private boolean afterReturn;

  @Version
  @Column(name = "VERSION")
  private long version;

  /** The defaults: on, 7 days after delivery, a week in transit, and after returns too. */
  public InvitationSettings() {
    this.enabled = true;
    this.daysAfterDelivery = DEFAULT_DAYS;
    this.transitDays = DEFAULT_TRANSIT_DAYS;
    this.afterReturn = true;
  }

  public void change(boolean enabled, int daysAfterDelivery, int transitDays, boolean afterReturn) {
    if (daysAfterDelivery < 1 || daysAfterDelivery > DAYS_MAX) {
      throw new RejectedException("days", "community.invite.days", 1, DAYS_MAX);
    }
    if (transitDays < 0 || transitDays > TRANSIT_MAX) {
      throw new RejectedException("transitDays", "community.invite.transitDays", 0, TRANSIT_MAX);
    }
    this.enabled = enabled;
    this.daysAfterDelivery = daysAfterDelivery;
    this.transitDays = transitDays;
    this.afterReturn = afterReturn;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getDaysAfterDelivery() {
    return daysAfterDelivery;
  }

  public int getTransitDays() {
    return transitDays;
  }

  public boolean isAfterReturn() {
    return afterReturn;
  }
}
