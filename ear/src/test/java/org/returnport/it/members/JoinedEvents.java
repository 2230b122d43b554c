package org.returnport.it.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.returnport.events.MemberJoined;

/**
 * Counts the MemberJoined events the application fires, per member id. Deployed in the EAR's
 * library folder, where the observer is visible to the EJB module that fires the event.
 */
@ApplicationScoped
public class JoinedEvents {

  private static final Map<Long, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  void joined(@Observes MemberJoined event) {
    COUNTS.computeIfAbsent(event.memberId(), id -> new AtomicInteger()).incrementAndGet();
  }

  public static int count(long memberId) {
    AtomicInteger count = COUNTS.get(memberId);
    return count == null ? 0 : count.get();
  }
}
