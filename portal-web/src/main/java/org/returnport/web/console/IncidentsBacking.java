package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.returns.boundary.Incidents;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.IncidentRecord;
import org.returnport.web.errors.Feedback;

/** {@code /console/incidents.xhtml}: declaring an incident, and the store's incidents. */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class IncidentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Incidents incidents;

  @Inject transient Feedback feedback;

  private IncidentForm form = new IncidentForm();
  private transient List<Incident> list;

  public void declare() {
    try {
      Incident declared = incidents.declare(form.terms());
      feedback.info("console.incidents.declared", declared.getReturnsMoved());
      form = new IncidentForm();
      list = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "declare");
    }
  }

  public void end(long id) {
    try {
      incidents.end(id);
      feedback.info("console.incidents.ended");
      list = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "incidents");
    }
  }

  /** What the count column of the list counts. */
  public String getCountKey() {
    return "incident.returnsMoved";
  }

  public int count(Incident incident) {
    return incident.getReturnsMoved();
  }

  public IncidentRecord.State state(IncidentRecord incident) {
    return incident.stateAt(Instant.now());
  }

  public List<Incident> getIncidents() {
    if (list == null) {
      list = incidents.list();
    }
    return list;
  }

  public IncidentForm getForm() {
    return form;
  }
}
