package org.returnport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for limits per client. Behind a load balancer or proxy every
 * request comes from the proxy: when the peer is one of {@code returnport.limits.trusted-proxies},
 * the address is the last one of {@code X-Forwarded-For} that is not a trusted proxy (what the
 * client itself wrote there is not believed).
 */
@ApplicationScoped
public class ClientAddress {

  /** Comma-separated; Payara's config producer does not inject an optional list. */
  @Inject
  @ConfigProperty(name = "returnport.limits.trusted-proxies")
  Optional<String> trustedProxies;

  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    List<String> trusted =
        Arrays.stream(trustedProxies.orElse("").split(","))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .toList();
    if (!trusted.contains(peer)) {
      return peer;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
