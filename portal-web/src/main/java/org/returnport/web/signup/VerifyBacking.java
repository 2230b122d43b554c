package org.returnport.web.signup;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.tenant.boundary.Onboarding;
import org.returnport.tenant.boundary.Onboarding.Verification;
import org.returnport.tenant.boundary.Tenants;

/**
 * {@code /verify.xhtml}: the link e-mailed at sign-up. Following it proves the address and opens
 * the store; no sign-in needed, the link itself is the proof.
 */
@Model
public class VerifyBacking {

  private static final Logger LOG = Logger.getLogger(VerifyBacking.class.getName());

  @Inject Onboarding onboarding;

  @Inject Tenants tenants;

  private String store;
  private long until;
  private String token;
  private Verification result = Verification.INVALID;
  private String storeName;
  private boolean unavailable;

  public void verify() {
    try {
      result = onboarding.verify(store, until, token);
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Could not verify an address at Keycloak", e);
      unavailable = true;
      return;
    }
    if (result == Verification.VERIFIED || result == Verification.ALREADY_VERIFIED) {
      storeName = tenants.require(store).getDisplayName();
    }
  }

  public boolean isOpen() {
    return result == Verification.VERIFIED || result == Verification.ALREADY_VERIFIED;
  }

  public Verification getResult() {
    return result;
  }

  public String getStoreName() {
    return storeName;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getStore() {
    return store;
  }

  public void setStore(String store) {
    this.store = store;
  }

  public long getUntil() {
    return until;
  }

  public void setUntil(long until) {
    this.until = until;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
