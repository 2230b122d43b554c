package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.returns.entity.Incident;

/** The store's incidents that are on or still to come, and what they change for a new return. */
@Dependent
public class ActiveIncidents {

  @PersistenceContext EntityManager em;

  /** Incidents not over at this time: on now, or declared for days still to come. */
  public List<Incident> notOver(Instant now) {
    return em.createNamedQuery(Incident.FIND_NOT_OVER, Incident.class)
        .setParameter("now", now)
        .getResultList();
  }

  /** Incidents on at this time. */
  public List<Incident> on(Instant now) {
    return notOver(now).stream().filter(incident -> incident.activeAt(now)).toList();
  }

  /**
   * The policy as it holds for an order shipped to this country now: while incidents concern it
   * (its country, or the carrier of the hub its returns go to), its return windows are longer by
   * the largest extension among them. Overlapping incidents do not add up: they describe the same
   * trouble more often than not.
   */
  public PolicyRules rulesFor(PolicyRules rules, String shipCountry, Instant now) {
    if (rules.hubs().isEmpty()) {
      return rules;
    }
    Hub hub = QuoteCalculator.hubFor(rules, shipCountry);
    int days =
        on(now).stream()
            .filter(incident -> incident.affects(shipCountry, hub.carrier()))
            .mapToInt(Incident::getExtensionDays)
            .max()
            .orElse(0);
    return days == 0 ? rules : rules.withLongerWindows(days);
  }
}
