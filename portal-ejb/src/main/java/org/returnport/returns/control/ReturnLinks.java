package org.returnport.returns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.returns.entity.ReturnCase;

/**
 * Signs the link to a return's status page, so that the shopper can come back from an e-mail
 * without an account, and nobody else can. The signature covers the RMA, the order number and the
 * e-mail address, with a secret from configuration.
 */
@ApplicationScoped
public class ReturnLinks {

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
