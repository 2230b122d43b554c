package org.returnport.web.security;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Content-Security-Policy of every response. Scripts and styles come only from our own
 * origin; the inline scripts PrimeFaces writes carry the nonce of the page (PrimeFaces' CSP mode
 * moves event handlers out of the markup and marks its scripts), so no inline code of anyone else
 * runs. Forms may post to us and, for signing out, to Keycloak; nothing may frame our pages.
 */
final class ContentSecurityPolicy {

  static final String HEADER = "Content-Security-Policy";

  /** The nonce PrimeFaces puts into its own policy, the only part of it that we keep. */
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  private final String formTargets;

  private ContentSecurityPolicy(String formTargets) {
    this.formTargets = formTargets;
  }

  /**
   * @param identityProvider Keycloak's address: signing out posts to us and ends on its logout
   *     page, which form-action must allow.
   */
  static ContentSecurityPolicy allowingFormsTo(URI identityProvider) {
    return new ContentSecurityPolicy("'self' " + origin(identityProvider));
  }

  /** The policy of a response without inline scripts: errors, the API, files, images. */
  String withoutNonce() {
    return policy("script-src 'self'");
  }

  /** The policy of a page whose inline scripts carry the given nonce. */
  String withNonce(String nonce) {
    return policy("script-src 'self' 'nonce-" + nonce + "'");
  }

  /**
   * Our policy in place of the one PrimeFaces wrote, carrying over its nonce when it has a valid
   * one.
   */
  String replacing(String primeFacesPolicy) {
    return nonceOf(primeFacesPolicy).map(this::withNonce).orElseGet(this::withoutNonce);
  }

  static Optional<String> nonceOf(String policy) {
    Matcher nonce = policy == null ? null : NONCE.matcher(policy);
    return nonce != null && nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
  }

  private String policy(String scripts) {
    return "default-src 'self'; "
        + scripts
        + "; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
        + " object-src 'none'; base-uri 'self'; form-action "
        + formTargets
        + "; frame-ancestors 'none'";
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
