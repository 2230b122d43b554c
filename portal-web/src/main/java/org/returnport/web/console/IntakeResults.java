package org.returnport.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.errors.NotFoundException;
import org.returnport.intake.boundary.HubIntake;

/**
 * The hub's results for the console's return page ({@code /console/return.xhtml}): what came, the
 * grades and dispositions, and the discrepancies; read once per request.
 */
@Named
@RequestScoped
public class IntakeResults {

  @Inject HubIntake hub;

  private HubIntake.Parcel parcel;

  public HubIntake.Parcel of(String rma) {
    if (parcel == null && rma != null) {
      try {
        parcel = hub.parcel(rma);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return parcel;
  }
}
