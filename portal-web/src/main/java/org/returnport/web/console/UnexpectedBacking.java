package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.intake.boundary.HubIntake;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/unexpected.xhtml}: parcels that reached the hub without an RMA. The hub records
 * them with what the label says, a note and photos; an agent matches each to its return.
 */
@Named("unexpected")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
public class UnexpectedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HubIntake hub;

  @Inject transient Feedback feedback;

  @Inject transient ConsoleStore store;

  private String labelText;
  private String note;
  private final Map<Long, String> matches = new HashMap<>();

  private transient List<Part> photos;
  private transient List<HubIntake.Unexpected> parcels;

  public void record() {
    try {
      hub.unexpected(labelText, note, IntakeUploads.photos(photos, "photos"));
      feedback.info("console.unexpected.recorded");
      labelText = null;
      note = null;
      parcels = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "record");
    } finally {
      photos = null;
    }
  }

  public void match(long id) {
    String rma = matches.get(id);
    try {
      hub.match(id, rma);
      feedback.info("console.unexpected.matched", rma);
      matches.remove(id);
      parcels = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "parcels");
    } catch (NotFoundException e) {
      feedback.error("returnport.intake.notFound", String.valueOf(id));
    }
  }

  public List<HubIntake.Unexpected> getParcels() {
    if (parcels == null) {
      parcels = hub.unexpectedParcels();
    }
    return parcels;
  }

  /** The hub records parcels; agents match them. */
  public boolean isRecorder() {
    return store.isHub();
  }

  public boolean isMatcher() {
    return store.isReturnsDesk();
  }

  public Map<Long, String> getMatches() {
    return matches;
  }

  public String getLabelText() {
    return labelText;
  }

  public void setLabelText(String labelText) {
    this.labelText = labelText;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<Part> photos) {
    this.photos = photos;
  }
}
