package org.returnport.web.tenancy;

import java.util.Map;
import java.util.Optional;

/**
 * The shopper pages: the address under {@code /s/{slug}/} and the view in {@code /shop/} that shows
 * it. The one place where both directions are written down.
 */
final class ShopPages {

  private static final Map<String, String> VIEWS =
      Map.of(
          "", "/shop/home.xhtml",
          "returns", "/shop/returns.xhtml",
          "return", "/shop/return.xhtml",
          "account", "/shop/account.xhtml",
          "account/verify", "/shop/account/verify.xhtml",
          "pay", "/shop/pay.xhtml",
          "label.pdf", "/shop/papers/label",
          "customs.pdf", "/shop/papers/customs",
          "giftcard.pdf", "/shop/giftcard");

  private ShopPages() {}

  static Optional<String> view(String page) {
    return Optional.ofNullable(VIEWS.get(page));
  }

  static Optional<String> page(String viewId) {
    return VIEWS.entrySet().stream()
        .filter(entry -> entry.getValue().equals(viewId))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
