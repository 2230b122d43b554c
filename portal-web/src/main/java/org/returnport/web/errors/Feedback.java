package org.returnport.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.returnport.errors.RejectedException;

/**
 * Puts translated messages on the page: a refused request next to the field it is about, a success
 * note at the top.
 */
@RequestScoped
public class Feedback {

  public void rejected(RejectedException rejection, String formId) {
    String clientId = rejection.field() == null ? null : formId + ":" + rejection.field();
    add(
        clientId,
        FacesMessage.SEVERITY_ERROR,
        rejection.messageKey(),
        rejection.arguments().toArray());
  }

  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String key, Object[] arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.format(key, List.of(arguments), faces.getViewRoot().getLocale());
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
