package org.returnport.keycloak;

/**
 * The store a sign-in started from, as login templates see it: {@code store.name} and {@code
 * store.slug} (for the store's style sheet and logo, served by Returnport).
 */
public class StoreBean {

  private final String slug;
  private final String name;

  StoreBean(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }
}
