package org.returnport.web.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.returnport.errors.RejectedException;
import org.returnport.returns.boundary.PlatformIncidents;
import org.returnport.returns.entity.IncidentRecord;
import org.returnport.returns.entity.PlatformIncident;
import org.returnport.web.console.IncidentForm;
import org.returnport.web.errors.Feedback;

/** {@code /platform/incidents.xhtml}: the operator's incidents across all stores. */
@Named("platformIncidents")
@ViewScoped
public class IncidentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PlatformIncidents incidents;

  @Inject transient Feedback feedback;

  private IncidentForm form = new IncidentForm();
  private transient List<PlatformIncident> list;

  public void declare() {
    try {
      PlatformIncident declared = incidents.declare(form.terms());
      feedback.info("platform.incidents.declared", declared.getStores());
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
    return "incident.stores";
  }

  public int count(PlatformIncident incident) {
    return incident.getStores();
  }

  public IncidentRecord.State state(IncidentRecord incident) {
    return incident.stateAt(Instant.now());
  }

  public List<PlatformIncident> getIncidents() {
    if (list == null) {
      list = incidents.list();
    }
    return list;
  }

  public IncidentForm getForm() {
    return form;
  }
}
