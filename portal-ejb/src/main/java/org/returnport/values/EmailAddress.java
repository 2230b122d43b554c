package org.returnport.values;

import java.io.Serializable;
import java.util.Optional;

/**
 * An e-mail address as people type it, compared as mail systems in practice do: compatibility forms
 * folded (full-width letters), outer space removed, case folded. {@link #key()} goes further, for
 * counting tries: addresses that only look alike are one key.
 */
public final class EmailAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX = 254;

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /** The address typed, or nothing when it cannot be one (blank, too long, no {@code @}). */
  public static Optional<EmailAddress> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = Lookalikes.folded(Lookalikes.compatible(typed));
    if (text.isEmpty() || text.length() > MAX || text.indexOf('@') < 1) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(text));
  }

  /** True when both texts are this same address. */
  public boolean matches(String other) {
    return parse(other).map(this::equals).orElse(false);
  }

  public String value() {
    return value;
  }

  /** What the address looks like: accents and look-alike letters of other scripts folded away. */
  public String key() {
    return Lookalikes.skeleton(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress address && address.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
