package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.parcels.boundary.CarrierDirectory;
import org.returnport.parcels.boundary.TrackingSecrets;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/tracking.xhtml}: the address the store gives AfterShip for its tracking webhooks,
 * and the secret they are signed with, hidden until the administrator asks to see it.
 */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class TrackingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrackingSecrets secrets;

  @Inject transient CarrierDirectory carriers;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  transient String publicUrl;

  /** Shown only after "Reveal" or "Rotate", and kept only in this view. */
  private String secret;

  public String getWebhookUrl() {
    return publicUrl.replaceAll("/+$", "") + "/api/v1/tracking/" + store.getSlug() + "/aftership";
  }

  public void reveal() {
    secret = secrets.reveal();
  }

  public void rotate() {
    secret = secrets.rotate();
    feedback.info("console.tracking.rotated");
  }

  public String getSecret() {
    return secret;
  }

  public Instant getRotatedAt() {
    return secrets.rotatedAt().orElse(null);
  }

  public List<CarrierDirectory.Entry> getCarriers() {
    return carriers.all();
  }
}
