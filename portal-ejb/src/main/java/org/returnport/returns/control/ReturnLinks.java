package org.returnport.returns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

/**
 * Signs the link to a return's status page, so that the shopper can come back from an e-mail
 * without an account, and nobody else can. The signature covers the RMA, the order number and the
 * e-mail address, with a secret from configuration.
 */
@ApplicationScoped
public class ReturnLinks {

  public static final Duration ORDER_LINK_VALIDITY = Duration.ofHours(24);

  @Inject
  @ConfigProperty(name = "returnport.link-secret")
  String secret;

  public String token(ReturnCase returnCase) {
    return sign(
        returnCase.getRma() + "\n" + returnCase.getOrderNumber() + "\n" + returnCase.getEmail());
  }

  public boolean isValid(ReturnCase returnCase, String token) {
    return token != null
        && MessageDigest.isEqual(
            token(returnCase).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The token of an e-mailed link that opens an order's return form without typing, for a shopper
   * whose look-ups are throttled by someone else's tries. It names the store, the order and its
   * address, and expires after {@link #ORDER_LINK_VALIDITY}.
   */
  public String orderToken(String store, OrderNumber number, EmailAddress email, Instant now) {
    long expires = now.plus(ORDER_LINK_VALIDITY).getEpochSecond();
    return expires + "." + sign(orderText(store, number, email, expires));
  }

  public boolean isValidOrderToken(
      String store, OrderNumber number, EmailAddress email, String token, Instant now) {
    if (token == null || !token.matches("[0-9]{1,12}\\.[A-Za-z0-9_-]{43}")) {
      return false;
    }
    long expires = Long.parseLong(token.substring(0, token.indexOf('.')));
    String expected = expires + "." + sign(orderText(store, number, email, expires));
    return now.getEpochSecond() < expires
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  private static String orderText(
      String store, OrderNumber number, EmailAddress email, long expires) {
    return "order\n" + store + "\n" + number.value() + "\n" + email.value() + "\n" + expires;
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
