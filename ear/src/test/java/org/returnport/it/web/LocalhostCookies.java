package org.returnport.it.web;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps cookies like a browser does for http://localhost, which browsers count as a secure context:
 * Keycloak marks its sign-in cookies Secure, and the JDK would otherwise never send them back over
 * plain HTTP.
 */
final class LocalhostCookies extends CookieHandler {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
      throws IOException {
    return cookies.get(uri, requestHeaders);
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    if (!"localhost".equals(uri.getHost())) {
      cookies.put(uri, responseHeaders);
      return;
    }
    Map<String, List<String>> withoutSecure =
        responseHeaders.entrySet().stream()
            .filter(e -> e.getKey() != null)
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        e.getKey().equalsIgnoreCase("Set-Cookie")
                            ? e.getValue().stream()
                                .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                .toList()
                            : e.getValue()));
    cookies.put(uri, withoutSecure);
  }
}
