package org.returnport.web.shop.community;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.returnport.community.notifications.boundary.Notifications;
import org.returnport.community.notifications.entity.NotificationSetting.MailMode;
import org.returnport.errors.NotFoundException;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/community/notifications}: the signed-in member's notifications, newest first, to
 * open (which marks them read), mark read one by one or all at once, and how they want to hear of
 * them by e-mail. Someone signed in who is not a member here is offered to join.
 */
@Model
public class NotificationsBacking {

  @Inject Notifications notifications;

  @Inject Feedback feedback;

  @Inject ShopperStore store;

  private boolean member;
  private List<Notifications.Item> items;
  private MailMode mailMode;

  @PostConstruct
  void load() {
    member = notifications.unreadCount().isPresent();
    if (member) {
      items = notifications.list();
      mailMode = notifications.mailMode();
    } else {
      items = List.of();
    }
  }

  /** Marks the notification read and goes to what it is about. */
  public void open(long id) throws IOException {
    try {
      String path = notifications.markRead(id);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      String below = path.startsWith("/") ? path.substring(1) : path;
      external.redirect(external.getRequestContextPath() + store.getBasePath() + below);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (NotFoundException e) {
      feedback.error("community.notify.notFound");
      load();
    }
  }

  public String markRead(long id) {
    try {
      notifications.markRead(id);
    } catch (NotFoundException e) {
      feedback.error("community.notify.notFound");
    }
    load();
    return null;
  }

  public String markAllRead() {
    notifications.markAllRead();
    feedback.info("community.notify.allRead");
    load();
    return null;
  }

  public String saveMailMode() {
    notifications.changeMailMode(mailMode);
    feedback.info("community.notify.mail.saved");
    load();
    return null;
  }

  public boolean isMember() {
    return member;
  }

  public List<Notifications.Item> getItems() {
    return items;
  }

  public long getUnread() {
    return items.stream().filter(i -> !i.read()).count();
  }

  public MailMode getMailMode() {
    return mailMode;
  }

  public void setMailMode(MailMode mailMode) {
    this.mailMode = mailMode;
  }

  public MailMode[] getMailModes() {
    return MailMode.values();
  }
}
