package org.returnport.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the stores' webhook secrets for the database with AES-GCM, under a key derived from the
 * servers' link secret ({@code RETURNPORT_LINK_SECRET}, the same on every server): a copy of the
 * database alone does not give away a secret that would let someone forge tracking scans. The store
 * id is bound in as associated data, so a sealed secret copied to another store does not open.
 */
@ApplicationScoped
public class SecretSeal {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  @Inject
  @ConfigProperty(name = "returnport.link-secret")
  String linkSecret;

  public SecretSeal() {}

  /** A seal under the given link secret, for tools that hold the servers' configuration. */
  public SecretSeal(String linkSecret) {
    this.linkSecret = linkSecret;
  }

  /** A new webhook secret: 32 random bytes, URL-safe base64 (43 characters). */
  public static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public String seal(String secret, String store) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, store);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a secret", e);
    }
  }

  public String open(String sealed, String store) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, store);
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the webhook secret of " + store + " does not open: was RETURNPORT_LINK_SECRET changed?");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String store) throws GeneralSecurityException {
    Mac derive = Mac.getInstance("HmacSHA256");
    derive.init(new SecretKeySpec(linkSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] key =
        derive.doFinal("returnport tracking webhook secrets".getBytes(StandardCharsets.UTF_8));
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(store.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
