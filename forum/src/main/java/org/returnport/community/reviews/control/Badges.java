package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returnport.catalog.boundary.Purchases;
import org.returnport.returns.boundary.ReturnedProducts;
import org.returnport.values.EmailAddress;

/** Asks the store's orders and returns about a member's address for one product's badges. */
@Dependent
public class Badges {

  @Inject Purchases purchases;

  @Inject ReturnedProducts returns;

  public boolean purchased(EmailAddress email, String sku) {
    return BadgeRules.purchased(email, purchases.buyers(email, sku));
  }

  public Optional<Long> returned(EmailAddress email, String sku) {
    return BadgeRules.returned(email, sku, returns.returnsOf(email, sku));
  }
}
