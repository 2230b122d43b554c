package org.returnport.web.console;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import org.returnport.web.tenancy.ConsoleStore;

/** {@code /console/switch.xhtml}: the stores the signed-in person works for, one to choose. */
@Model
public class SwitchBacking {

  @Inject ConsoleStore store;

  public String choose(String slug) {
    return store.choose(slug) ? "/console/index?faces-redirect=true" : null;
  }
}
