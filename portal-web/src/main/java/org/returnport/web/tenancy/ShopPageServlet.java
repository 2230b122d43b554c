package org.returnport.web.tenancy;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows the shopper view that {@link ShopperTenantFilter} chose for a {@code /s/{slug}/...}
 * address. It is the servlet that receives the request, so its multipart settings are the ones the
 * forwarded page reads uploads (return photos) with.
 */
@WebServlet("/s/*")
@MultipartConfig(
    fileSizeThreshold = 1024 * 1024,
    maxFileSize = 6 * 1024 * 1024,
    maxRequestSize = 64 * 1024 * 1024)
public class ShopPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String VIEW = ShopPageServlet.class.getName() + ".view";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object view = request.getAttribute(VIEW);
    if (view == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher(view.toString()).forward(request, response);
  }
}
