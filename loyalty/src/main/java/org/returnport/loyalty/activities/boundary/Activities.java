package org.returnport.loyalty.activities.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.access.IntegrationKeys;
import org.returnport.errors.RejectedException;

/**
 * The store's own events that earn points, sent by its systems (its integration key) in batches:
 * each activity is awarded once per external id, however often it is delivered, and within the
 * member's daily cap. A batch is written in one transaction; when two deliveries of the same events
 * meet head-on and the database turns one away, that one is tried again and then finds the awards
 * made.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@IntegrationKeys
public class Activities {

  public static final int MAX_BATCH = 100;

  private static final int ATTEMPTS = 4;

  private static final Logger LOG = Logger.getLogger(Activities.class.getName());

  @Inject ActivityBatches batches;

  private final Clock clock = Clock.systemUTC();

  public List<ActivityResult> award(List<Activity> activities) {
    if (activities == null || activities.isEmpty() || activities.size() > MAX_BATCH) {
      throw new RejectedException("items", "loyalty.activities.batch", MAX_BATCH);
    }
    List<Activity> batch = new ArrayList<>(activities);
    for (int attempt = 1; ; attempt++) {
      try {
        List<ActivityBatches.Resolved> resolved = batches.resolve(batch);
        return batches.award(resolved, clock.instant().truncatedTo(ChronoUnit.MICROS));
      } catch (EJBException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        int tried = attempt;
        LOG.log(Level.FINE, e, () -> "Activities met another delivery, attempt " + tried);
      }
    }
  }
}
