package org.returnport.payments.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateways;
import org.returnport.payments.control.StripeConnection;
import org.returnport.payments.control.StripeGateway;
import org.returnport.payments.entity.GatewayChoice;
import org.returnport.payments.entity.StripeAccount;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's gateways: the one it chose for a payment method (the sandbox where it chose none),
 * account-free ones found among the deployed {@link PaymentGateway} beans by their code, and Stripe
 * built for the store's own account, whose key is opened only here, for the call. Injected as
 * {@link PaymentGateways} by the features that pay; its own view adds what the settings page needs.
 */
@Stateless
@Local(PaymentGateways.class)
@LocalBean
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class StoreGateways implements PaymentGateways {

  /** What a store uses for a payment method it chose nothing for. */
  public static final String DEFAULT = "sandbox";

  @PersistenceContext EntityManager em;

  @Inject @Any Instance<PaymentGateway> accountFree;

  @Inject StripeConnection stripe;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  @Override
  public PaymentGateway forPaymentMethod(String paymentMethod) {
    return byCode(chosen(paymentMethod).orElse(DEFAULT));
  }

  @Override
  public PaymentGateway byCode(String code) {
    if (StripeGateway.CODE.equals(code)) {
      StripeAccount account =
          em.createNamedQuery(StripeAccount.CURRENT, StripeAccount.class)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new RejectedException(null, "payments.stripe.noAccount"));
      String store = currentTenant.get().orElseThrow().slug();
      return stripe.gateway(seal.open(account.getSealedApiKey(), store), store);
    }
    return accountFree.stream()
        .filter(gateway -> gateway.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RejectedException(null, "payments.gateway.unknown", code));
  }

  /** Every gateway a store may choose: the deployed account-free ones and Stripe. */
  public List<String> codes() {
    TreeSet<String> codes = new TreeSet<>();
    accountFree.forEach(gateway -> codes.add(gateway.code()));
    codes.add(StripeGateway.CODE);
    return List.copyOf(codes);
  }

  /** The gateway the store chose for a payment method, if any. */
  public Optional<String> chosen(String paymentMethod) {
    return em.createNamedQuery(GatewayChoice.FIND_BY_METHOD, GatewayChoice.class)
        .setParameter("paymentMethod", normalize(paymentMethod))
        .getResultStream()
        .findFirst()
        .map(GatewayChoice::getGateway);
  }

  /** Payment methods are matched as orders name them, whatever the case or spaces around them. */
  public static String normalize(String paymentMethod) {
    return paymentMethod == null ? "" : paymentMethod.strip().toLowerCase(Locale.ROOT);
  }
}
