package org.returnport.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import org.returnport.access.Caller;
import org.returnport.community.notifications.boundary.Notifications;

/**
 * The bell in the shop's header: the signed-in member's unread notifications in this store. The
 * template asks for it only when someone is signed in, so a guest's page neither touches a session
 * nor queries anything for it. On pages that are not member pages the sign-in has not been handed
 * to {@link Caller} yet ({@link MemberPagesFilter} does that for member pages): it is handed here,
 * from the sign-in itself, never from the request.
 */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

  @Inject Notifications notifications;

  @Inject Caller caller;

  @Inject OpenIdContext openId;

  @Inject HttpServletRequest request;

  private Long unread;
  private boolean asked;

  /** Whether the person signed in is a member of this store (and so has a bell). */
  public boolean isMember() {
    return unread() != null;
  }

  public long getUnread() {
    Long count = unread();
    return count == null ? 0 : count;
  }

  private Long unread() {
    if (!asked) {
      asked = true;
      if (request.getUserPrincipal() == null) {
        return null;
      }
      if (caller.userId().isEmpty()) {
        String subject = openId.getSubject();
        if (subject == null) {
          return null;
        }
        caller.actAsPerson(
            subject,
            openId
                .getIdentityToken()
                .getJwtClaims()
                .getStringClaim("email")
                .orElseGet(() -> request.getUserPrincipal().getName()));
      }
      unread = notifications.unreadCount().orElse(null);
    }
    return unread;
  }
}
