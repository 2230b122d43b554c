package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.payments.boundary.GatewaySettings;
import org.returnport.payments.boundary.GatewaySettings.MethodGateway;
import org.returnport.payments.boundary.GatewaySettings.StripeAccountView;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/payments.xhtml}: the gateway each payment method is paid back through, and the
 * store's Stripe account. The secrets typed in go straight to the boundary and are never shown
 * again: the page keeps no copy.
 */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class PaymentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient GatewaySettings settings;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  transient String publicUrl;

  private final Map<String, String> selected = new HashMap<>();
  private String newMethod;
  private String newGateway;
  private transient String apiKey;
  private transient String signingSecret;
  private transient List<MethodGateway> methods;

  public List<MethodGateway> getMethods() {
    if (methods == null) {
      methods = settings.methods();
      methods.forEach(m -> selected.putIfAbsent(m.paymentMethod(), m.gateway()));
    }
    return methods;
  }

  public List<String> getGateways() {
    return settings.gatewayCodes();
  }

  /** The gateway picked in each method's row, by method. */
  public Map<String, String> getSelected() {
    return selected;
  }

  public void choose(String method) {
    try {
      settings.choose(method, selected.get(method));
      feedback.info("console.payments.chosen", method, selected.get(method));
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    }
    methods = null;
  }

  public void add() {
    try {
      String method = settings.choose(newMethod, newGateway);
      feedback.info("console.payments.chosen", method, newGateway);
      newMethod = null;
      selected.clear();
      methods = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "add");
    }
  }

  public void saveStripe() {
    try {
      settings.saveStripeAccount(apiKey, signingSecret);
      feedback.info("console.payments.stripe.saved");
    } catch (RejectedException e) {
      feedback.rejected(e, "stripe");
    } finally {
      apiKey = null;
      signingSecret = null;
    }
  }

  public StripeAccountView getStripeAccount() {
    return settings.stripeAccount().orElse(null);
  }

  public String getWebhookUrl() {
    return publicUrl.replaceAll("/+$", "") + "/api/v1/payments/" + store.getSlug() + "/stripe";
  }

  public String getNewMethod() {
    return newMethod;
  }

  public void setNewMethod(String newMethod) {
    this.newMethod = newMethod;
  }

  public String getNewGateway() {
    return newGateway;
  }

  public void setNewGateway(String newGateway) {
    this.newGateway = newGateway;
  }

  /** Write-only: the field is always empty when the page is shown. */
  public String getApiKey() {
    return null;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getSigningSecret() {
    return null;
  }

  public void setSigningSecret(String signingSecret) {
    this.signingSecret = signingSecret;
  }
}
