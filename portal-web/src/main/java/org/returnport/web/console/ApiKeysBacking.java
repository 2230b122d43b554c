package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.apikey.boundary.ApiKeys;
import org.returnport.apikey.entity.ApiKey;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/** {@code /console/api-keys.xhtml}: the store's keys for integrations. */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ApiKeysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApiKeys apiKeys;

  @Inject transient Feedback feedback;

  private String label;
  private String createdKey;
  private transient List<ApiKey> keys;

  @PostConstruct
  void load() {
    keys = apiKeys.list();
  }

  public void create() {
    try {
      createdKey = apiKeys.create(label).value();
      label = null;
      load();
    } catch (RejectedException e) {
      feedback.rejected(e, "create");
    }
  }

  public void revoke(Long id) {
    apiKeys.revoke(id);
    createdKey = null;
    feedback.info("console.apiKeys.revoked");
    load();
  }

  public List<ApiKey> getKeys() {
    if (keys == null) {
      load();
    }
    return keys;
  }

  /** The text of the key just made; shown on this page once and kept nowhere. */
  public String getCreatedKey() {
    return createdKey;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
