package org.returnport.payments.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.payments.control.StripeGateway;
import org.returnport.payments.entity.GatewayChoice;
import org.returnport.payments.entity.StripeAccount;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's payment gateway settings, for its administrators: which gateway pays back each
 * payment method, and the Stripe account's keys. The keys go in sealed and never come back out
 * whole: the page shows only the API key's last four characters.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class GatewaySettings {

  private static final Logger LOG = Logger.getLogger(GatewaySettings.class.getName());

  /** A payment method as shops name them: "card", "paypal", "klarna_pay_later", "apple-pay". */
  private static final Pattern METHOD = Pattern.compile("[a-z0-9][a-z0-9 _.-]*");

  /** Stripe's secret and restricted keys, test or live. */
  private static final Pattern API_KEY = Pattern.compile("(sk|rk)_(test|live)_[A-Za-z0-9]{8,200}");

  private static final Pattern SIGNING_SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]{8,200}");

  @PersistenceContext EntityManager em;

  @Inject StoreGateways gateways;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  Clock clock = Clock.systemUTC();

  /** A payment method and the gateway it goes through; {@code chosen} is false for the default. */
  public record MethodGateway(String paymentMethod, String gateway, boolean chosen) {}

  /** What the page may show of the Stripe account. */
  public record StripeAccountView(
      String apiKeyLast4, boolean signingSecretSet, Instant updatedAt) {}

  /** The payment methods of the store's orders and those it chose a gateway for, by name. */
  public List<MethodGateway> methods() {
    TreeMap<String, MethodGateway> methods = new TreeMap<>();
    em
        .createQuery("SELECT DISTINCT o.paymentMethod FROM CustomerOrder o", String.class)
        .getResultList()
        .stream()
        .map(StoreGateways::normalize)
        .filter(method -> !method.isEmpty())
        .forEach(
            method -> methods.put(method, new MethodGateway(method, StoreGateways.DEFAULT, false)));
    em.createNamedQuery(GatewayChoice.ALL, GatewayChoice.class)
        .getResultList()
        .forEach(
            c ->
                methods.put(
                    c.getPaymentMethod(),
                    new MethodGateway(c.getPaymentMethod(), c.getGateway(), true)));
    return List.copyOf(methods.values());
  }

  public List<String> gatewayCodes() {
    return gateways.codes();
  }

  /**
   * Sends the store's payments of a method through a gateway from now on; answers the method as it
   * is kept (lower case, without surrounding spaces).
   */
  public String choose(String paymentMethod, String gateway) {
    String method = StoreGateways.normalize(paymentMethod);
    if (method.isEmpty()) {
      throw new RejectedException("method", "payments.method.required");
    }
    if (method.length() > GatewayChoice.METHOD_MAX || !METHOD.matcher(method).matches()) {
      throw new RejectedException("method", "payments.method.invalid", GatewayChoice.METHOD_MAX);
    }
    if (gateway == null || !gateways.codes().contains(gateway)) {
      throw new RejectedException("gateway", "payments.gateway.unknown", String.valueOf(gateway));
    }
    if (StripeGateway.CODE.equals(gateway) && account().isEmpty()) {
      throw new RejectedException("gateway", "payments.stripe.noAccount");
    }
    Instant now = clock.instant();
    Optional<GatewayChoice> current =
        em.createNamedQuery(GatewayChoice.FIND_BY_METHOD, GatewayChoice.class)
            .setParameter("paymentMethod", method)
            .getResultStream()
            .findFirst();
    if (current.isPresent()) {
      current.get().choose(gateway, now);
    } else {
      em.persist(new GatewayChoice(method, gateway, now));
    }
    LOG.info(() -> "Payments of " + method + " in " + store() + " now go through " + gateway);
    return method;
  }

  public Optional<StripeAccountView> stripeAccount() {
    return account()
        .map(
            a ->
                new StripeAccountView(
                    a.getApiKeyLast4(), a.getSealedSigningSecret() != null, a.getUpdatedAt()));
  }

  /**
   * Sets the Stripe account's secret API key and webhook signing secret. A blank field keeps what
   * is set (the page never shows the secrets, so it cannot send them back); the first time, the API
   * key is needed.
   */
  public void saveStripeAccount(String apiKey, String signingSecret) {
    String key = apiKey == null ? "" : apiKey.strip();
    String secret = signingSecret == null ? "" : signingSecret.strip();
    Optional<StripeAccount> current = account();
    if (key.isEmpty() && current.isEmpty()) {
      throw new RejectedException("apiKey", "payments.stripe.apiKey.required");
    }
    if (!key.isEmpty() && !API_KEY.matcher(key).matches()) {
      throw new RejectedException("apiKey", "payments.stripe.apiKey.invalid");
    }
    if (!secret.isEmpty() && !SIGNING_SECRET.matcher(secret).matches()) {
      throw new RejectedException("signingSecret", "payments.stripe.signingSecret.invalid");
    }
    String store = store();
    Instant now = clock.instant();
    StripeAccount account;
    if (current.isPresent()) {
      account = current.get();
      if (!key.isEmpty()) {
        account.replaceApiKey(seal.seal(key, store), last4(key), now);
      }
    } else {
      account = new StripeAccount(seal.seal(key, store), last4(key), now);
      em.persist(account);
    }
    if (!secret.isEmpty()) {
      account.replaceSigningSecret(seal.seal(secret, store), now);
    }
    LOG.info(
        () -> "Stripe account of " + store + " updated (key …" + account.getApiKeyLast4() + ")");
  }

  private static String last4(String key) {
    return key.substring(key.length() - 4);
  }

  private Optional<StripeAccount> account() {
    return em.createNamedQuery(StripeAccount.CURRENT, StripeAccount.class)
        .getResultStream()
        .findFirst();
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }
}
