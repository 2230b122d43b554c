package org.returnport.community.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** How a member wants to hear of their notifications by e-mail; without a row, {@link #DEFAULT}. */
@Entity
@Table(name = "COMMUNITY_NOTIFY_SETTING")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = NotificationSetting.FIND,
    query = "SELECT s FROM NotificationSetting s WHERE s.memberId = :member")
public class NotificationSetting {

  public static final String FIND = "NotificationSetting.find";

  /** E-mail about notifications: each at once, all unread ones once a day, or none. */
  public enum MailMode {
    AT_ONCE,
    DIGEST,
    OFF
  }

  public static final MailMode DEFAULT = MailMode.DIGEST;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "MAIL_MODE", nullable = false, length = 12)
  private MailMode mailMode;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected NotificationSetting() {}

  public NotificationSetting(long memberId, MailMode mailMode) {
    this.memberId = memberId;
    this.mailMode = mailMode;
  }

  public void change(MailMode mode) {
    this.mailMode = mode;
  }

  public MailMode getMailMode() {
    return mailMode;
  }
}
