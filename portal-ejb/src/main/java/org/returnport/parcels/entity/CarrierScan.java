package org.returnport.parcels.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;

/**
 * One scan as a carrier reports it, already mapped to our stage: its own code (e.g. AfterShip's
 * subtag), its time, place and words, and how many days late the carrier says the parcel is.
 */
public record CarrierScan(
    String code,
    ParcelStage stage,
    Instant at,
    String location,
    String words,
    int delayDays,
    DelayCause delayCause) {

  public static final int WORDS_MAX = 500;
  public static final int LOCATION_MAX = 200;
  public static final int CODE_MAX = 40;

  public CarrierScan {
    if (stage == null || at == null) {
      throw new IllegalArgumentException("a scan has a stage and a time");
    }
    words = cut(words == null || words.isBlank() ? stage.name() : words.strip(), WORDS_MAX);
    location = location == null || location.isBlank() ? null : cut(location.strip(), LOCATION_MAX);
    code = code == null || code.isBlank() ? null : cut(code.strip(), CODE_MAX);
    delayDays = Math.max(0, Math.min(delayDays, 90));
    delayCause = delayDays == 0 && delayCause == null ? null : delayCause;
  }

  /**
   * What makes two reports the same scan: the carrier's time, code, place and words. The same scan
   * polled twice, or sent again by a webhook (AfterShip repeats every checkpoint in each update),
   * has the same key.
   */
  public String key() {
    String identity = at.toEpochMilli() + "|" + code + "|" + stage + "|" + location + "|" + words;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
