package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.returnport.returns.entity.LookupAttempt;

/**
 * Slows down anyone guessing order numbers or e-mail addresses: after {@link #LIMIT} failed
 * look-ups for the same order number, or for the same address, within {@link #WINDOW}, look-ups for
 * it are refused until the window has passed. Counted in the database, so it holds however many
 * servers answer. Only digests of what was typed are kept.
 */
@Dependent
public class LookupThrottle {

  public static final int LIMIT = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;

  public boolean isThrottled(String orderNumber, String email, Instant now) {
    Instant since = now.minus(WINDOW);
    return failures(subject("order", orderNumber), since) >= LIMIT
        || failures(subject("email", email), since) >= LIMIT;
  }

  public void recordFailure(String orderNumber, String email, Instant now) {
    em.persist(new LookupAttempt(subject("order", orderNumber), now));
    em.persist(new LookupAttempt(subject("email", email), now));
  }

  private long failures(String subject, Instant since) {
    return em.createNamedQuery(LookupAttempt.COUNT_SINCE, Long.class)
        .setParameter("subject", subject)
        .setParameter("since", since)
        .getSingleResult();
  }

  static String subject(String kind, String value) {
    String text = kind + ":" + value.strip().toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
