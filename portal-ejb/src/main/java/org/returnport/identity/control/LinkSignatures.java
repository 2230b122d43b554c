package org.returnport.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the links e-mailed to merchants and staff (proving a sign-up address, accepting an
 * invitation) with the platform's link secret, so that only the mailbox that got a link can use it.
 * The purpose is part of what is signed: a link made for one thing never passes for another.
 */
@ApplicationScoped
public class LinkSignatures {

  @Inject
  @ConfigProperty(name = "returnport.link-secret")
  String secret;

  public LinkSignatures() {}

  public LinkSignatures(String secret) {
    this.secret = secret;
  }

  public String sign(String purpose, Object... parts) {
    String text =
        purpose
            + "\n"
            + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\n"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether the token is this signature, compared in constant time. */
  public boolean matches(String token, String purpose, Object... parts) {
    return token != null
        && MessageDigest.isEqual(
            sign(purpose, parts).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }
}
