package org.returnport.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.intake.boundary.HubIntake;
import org.returnport.intake.entity.IntakePhoto;

/**
 * {@code /console/intake-photo?id=…}: a photo the hub took as evidence, for the store's staff. Sent
 * with its checked type and {@code nosniff}, like the shoppers' photos.
 */
@WebServlet("/console/intake-photo")
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
public class IntakePhotoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient HubIntake hub;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    IntakePhoto photo;
    try {
      photo = hub.photo(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(photo.getMediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, max-age=3600");
    response.setContentLength(photo.getContent().length);
    response.getOutputStream().write(photo.getContent());
  }
}
