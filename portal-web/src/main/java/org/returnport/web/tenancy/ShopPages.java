package org.returnport.web.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The shopper pages: the address under {@code /s/{slug}/} and the view in {@code /shop/} that shows
 * it. The one place where both directions are written down, and where a page says that only
 * signed-in members may open it. A page written with a trailing {@code /} takes the rest of the
 * address as its own (an id and a slug: {@code community/t/12-fit-of-the-sweater}); the view reads
 * it from {@link #PAGE_REST}.
 */
public final class ShopPages {

  /** The request attribute that holds the rest of the address of a page ending in {@code /}. */
  public static final String PAGE_REST = ShopPages.class.getName() + ".rest";

  record Route(String page, String view, boolean membersOnly) {

    boolean prefixed() {
      return page.endsWith("/");
    }

    boolean matches(String asked) {
      return prefixed()
          ? asked.startsWith(page) && asked.length() > page.length()
          : asked.equals(page);
    }
  }

  private static final List<Route> ROUTES =
      List.of(
          new Route("", "/shop/home.xhtml", false),
          new Route("returns", "/shop/returns.xhtml", false),
          new Route("return", "/shop/return.xhtml", false),
          new Route("account", "/shop/account.xhtml", true),
          new Route("account/verify", "/shop/account/verify.xhtml", true),
          new Route("pay", "/shop/pay.xhtml", false),
          new Route("rewards", "/shop/rewards.xhtml", true),
          new Route("label.pdf", "/shop/papers/label", false),
          new Route("customs.pdf", "/shop/papers/customs", false),
          new Route("giftcard.pdf", "/shop/giftcard", false),
          new Route("sitemap.xml", "/shop/sitemap", false),
          new Route("community", "/shop/community/index.xhtml", false),
          new Route("community/new", "/shop/community/new-topic.xhtml", true),
          new Route("community/search", "/shop/community/search.xhtml", false),
          new Route("community/notifications", "/shop/community/notifications.xhtml", true),
          new Route("community/images", "/shop/community/images", true),
          new Route("community/c/", "/shop/community/category.xhtml", false),
          new Route("community/t/", "/shop/community/topic.xhtml", false),
          new Route("community/images/", "/shop/community/images", false),
          new Route("reviews/how-we-verify", "/shop/reviews/verification.xhtml", false),
          new Route("reviews/invited", "/shop/reviews/invited.xhtml", false),
          new Route("reviews/write/", "/shop/reviews/write.xhtml", true),
          new Route("reviews/", "/shop/reviews/product.xhtml", false));

  private ShopPages() {}

  static Optional<Route> route(String page) {
    return ROUTES.stream().filter(route -> route.matches(page)).findFirst();
  }

  static Optional<String> view(String page) {
    return route(page).map(Route::view);
  }

  /** The address of a view that has one address; pages ending in {@code /} have many. */
  static Optional<String> page(String viewId) {
    return ROUTES.stream()
        .filter(route -> !route.prefixed() && route.view().equals(viewId))
        .map(Route::page)
        .findFirst();
  }

  /** Whether the page is one that only signed-in members may open. */
  public static boolean isMemberPage(String page) {
    return route(page).map(Route::membersOnly).orElse(false);
  }
}
