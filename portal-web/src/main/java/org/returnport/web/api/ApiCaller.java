package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling the API in this request: a store's staff member (by token) or an integration. */
@RequestScoped
public class ApiCaller {

  private String name;

  void identify(String name) {
    this.name = name;
  }

  /** The staff member's e-mail, or "api-key:<prefix>" for an integration. */
  public String name() {
    return name;
  }
}
