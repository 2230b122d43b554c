package org.returnport.it.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.returnport.payments.control.GatewayNotice;

/**
 * Keeps the gateway notices the application fires. Deployed in the EJB module, where the webhook
 * boundary fires them (the web module does not see events fired there).
 */
@ApplicationScoped
public class GatewayNotices {

  private static final List<GatewayNotice> NOTICES = new CopyOnWriteArrayList<>();

  void noticed(@Observes GatewayNotice notice) {
    NOTICES.add(notice);
  }

  public static List<GatewayNotice> withId(String noticeId) {
    return NOTICES.stream().filter(n -> n.noticeId().equals(noticeId)).toList();
  }
}
