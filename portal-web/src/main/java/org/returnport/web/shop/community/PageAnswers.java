package org.returnport.web.shop.community;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.returnport.community.forum.control.Addresses;
import org.returnport.web.tenancy.ShopPages;

/** What the community's read pages answer besides themselves: not found, or moved for good. */
final class PageAnswers {

  private PageAnswers() {}

  /** The id and slug the address names after {@code community/t/} or {@code community/c/}. */
  static Optional<Addresses.Named> named() {
    return Addresses.parse(rest());
  }

  /** Whether the address asked for is the page's right one ({@code path} ends with it). */
  static boolean asked(String path) {
    return path.substring(path.lastIndexOf('/') + 1).equals(rest());
  }

  private static String rest() {
    Object rest =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(ShopPages.PAGE_REST);
    return rest == null ? null : rest.toString();
  }

  /** The {@code page} parameter, 1 when missing or not a number. */
  static int page() {
    String page =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    if (page == null || !page.matches("\\d{1,6}")) {
      return 1;
    }
    return Integer.parseInt(page);
  }

  static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** A permanent redirect to the right address of the page (a changed or wrong slug). */
  static void movedTo(String location) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    external.setResponseHeader("Location", location);
    faces.responseComplete();
  }

  /** After a change, the browser asks for the page again (no form is sent twice). */
  static void seeOther(String location) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
