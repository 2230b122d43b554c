package org.returnport.webhooks.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.returnport.errors.RejectedException;

/**
 * Where a store may have its webhooks sent: an https address on the internet. Addresses of our own
 * network (loopback, private, link-local, unique-local, multicast, unspecified) are refused when
 * registered and again, resolved, before each delivery, so that nobody can make our servers call
 * into the network they run in. Plain http is taken only for localhost, and only where the operator
 * allows it (tests and the demo).
 */
public final class EndpointAddress {

  public static final int URL_MAX = 2000;

  private EndpointAddress() {}

  /** The address as it will be called, or a refusal naming the field {@code url}. */
  public static URI check(String url, boolean allowHttpLocalhost) {
    if (url == null || url.isBlank()) {
      throw new RejectedException("url", "webhooks.url.missing");
    }
    if (url.length() > URL_MAX) {
      throw new RejectedException("url", "webhooks.url.tooLong", URL_MAX);
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new RejectedException("url", "webhooks.url.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new RejectedException("url", "webhooks.url.invalid");
    }
    boolean local = isLocalhost(host);
    if (local && allowHttpLocalhost && (scheme.equals("http") || scheme.equals("https"))) {
      return uri;
    }
    if (!scheme.equals("https")) {
      throw new RejectedException("url", "webhooks.url.https");
    }
    if (local || internalName(host) || (isLiteral(host) && internal(literal(host)))) {
      throw new RejectedException("url", "webhooks.url.internal");
    }
    return uri;
  }

  /**
   * Whether a delivery may go to this host as it resolves now: every address it resolves to must be
   * public (a name could have been pointed at our network after it was registered).
   */
  public static boolean mayDeliverTo(URI uri, boolean allowHttpLocalhost)
      throws UnknownHostException {
    String host = uri.getHost();
    if (allowHttpLocalhost && isLocalhost(host)) {
      return true;
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    for (InetAddress address : InetAddress.getAllByName(unbracket(host))) {
      if (internal(address)) {
        return false;
      }
    }
    return true;
  }

  static boolean internal(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean sharedCgn = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocal
        || sharedCgn
        || (bytes.length == 4 && (bytes[0] & 0xff) == 0);
  }

  private static boolean isLocalhost(String host) {
    String h = unbracket(host).toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
  }

  private static boolean internalName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".localhost")
        || h.endsWith(".local")
        || h.endsWith(".internal")
        || h.endsWith(".localdomain")
        || !h.contains(".") && !isLiteral(host);
  }

  private static boolean isLiteral(String host) {
    String h = unbracket(host);
    return h.contains(":") || h.matches("[0-9.]+") || h.matches("(?i)0x[0-9a-f.x]+");
  }

  private static InetAddress literal(String host) {
    String h = unbracket(host);
    // Short and numeric forms (127.1, 2130706433, 0x7f.1) are refused rather than interpreted.
    if (!h.contains(":")
        && !h.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")) {
      throw new RejectedException("url", "webhooks.url.invalid");
    }
    try {
      // A literal is parsed, never looked up.
      return InetAddress.getByName(unbracket(host));
    } catch (UnknownHostException e) {
      throw new RejectedException("url", "webhooks.url.invalid");
    }
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
