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
import org.returnport.returns.boundary.ReturnsQueue;
import org.returnport.returns.entity.ReturnPhoto;

/**
 * {@code /console/photo?id=…}: a photo of one of the current store's returns, for its staff. Sent
 * with its checked type and {@code nosniff}, so a browser never takes it for anything else.
 */
@WebServlet("/console/photo")
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnPhotoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ReturnsQueue queue;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ReturnPhoto photo;
    try {
      photo = queue.photo(Long.parseLong(request.getParameter("id")));
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
