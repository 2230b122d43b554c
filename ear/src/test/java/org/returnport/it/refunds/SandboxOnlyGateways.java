package org.returnport.it.refunds;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateways;
import org.returnport.payments.control.SandboxGateway;

/**
 * The refund tests' choice of gateway: the sandbox for every payment method, whatever a store
 * chose, so that these tests follow the refund machine through the sandbox's books. Deployed with
 * them only, into the EJB module.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class SandboxOnlyGateways implements PaymentGateways {

  @Inject SandboxGateway sandbox;

  @Override
  public PaymentGateway forPaymentMethod(String paymentMethod) {
    return sandbox;
  }

  @Override
  public PaymentGateway byCode(String code) {
    if (!sandbox.code().equals(code)) {
      throw new IllegalArgumentException("no gateway " + code + " in the refund tests");
    }
    return sandbox;
  }
}
