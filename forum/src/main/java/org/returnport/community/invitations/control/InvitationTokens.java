package org.returnport.community.invitations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.identity.control.LinkSignatures;

/**
 * The tokens of an invitation's links, signed with the platform's link secret: one per product,
 * which names the invitation, the product and when it expires, and is signed over the store, the
 * address invited, the product and why it was invited, so that it opens that product's form in that
 * store only, for {@link #VALID_FOR}; and one that stops further invitations to that address.
 */
@Dependent
public class InvitationTokens {

  public static final Duration VALID_FOR = Duration.ofDays(60);

  /** Stopping invitations is no secret to keep short: the link works for a year. */
  public static final Duration STOP_VALID_FOR = Duration.ofDays(366);

  private static final String REVIEW = "review-invitation";
  private static final String STOP = "review-invitation-stop";

  private static final Pattern SHAPE =
      Pattern.compile(
          "([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{1,400})\\.([A-Za-z0-9_-]{43})");
  private static final Pattern STOP_SHAPE =
      Pattern.compile("([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

  @Inject LinkSignatures signatures;

  public InvitationTokens() {}

  public InvitationTokens(LinkSignatures signatures) {
    this.signatures = signatures;
  }

  /** What a product link's token says before it is checked against its invitation. */
  public record Claim(long invitationId, long expires, String sku, String signature) {}

  public String review(String store, ReviewInvitation invitation, String sku, Instant now) {
    long expires = now.plus(VALID_FOR).getEpochSecond();
    return invitation.getId()
        + "."
        + expires
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(sku.getBytes(StandardCharsets.UTF_8))
        + "."
        + signatures.sign(
            REVIEW,
            store,
            invitation.getId(),
            invitation.getEmail(),
            sku,
            invitation.getSource().name(),
            expires);
  }

  /** The token's parts, if it has the shape of one; nothing is proven yet. */
  public static Optional<Claim> read(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Matcher parts = SHAPE.matcher(token);
    if (!parts.matches()) {
      return Optional.empty();
    }
    try {
      String sku =
          new String(Base64.getUrlDecoder().decode(parts.group(3)), StandardCharsets.UTF_8);
      return Optional.of(
          new Claim(
              Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)), sku, parts.group(4)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the claim was signed by us for this invitation of this store and is not expired. */
  public boolean isValid(Claim claim, String store, ReviewInvitation invitation, Instant now) {
    return now.getEpochSecond() < claim.expires()
        && invitation.getId() == claim.invitationId()
        && invitation.getSkus().contains(claim.sku())
        && signatures.matches(
            claim.signature(),
            REVIEW,
            store,
            invitation.getId(),
            invitation.getEmail(),
            claim.sku(),
            invitation.getSource().name(),
            claim.expires());
  }

  public String stop(String store, ReviewInvitation invitation, Instant now) {
    long expires = now.plus(STOP_VALID_FOR).getEpochSecond();
    return invitation.getId()
        + "."
        + expires
        + "."
        + signatures.sign(STOP, store, invitation.getId(), invitation.getEmail(), expires);
  }

  /** The invitation a stop token names, if it has the shape of one. */
  public static Optional<Long> stopInvitation(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Matcher parts = STOP_SHAPE.matcher(token);
    return parts.matches() ? Optional.of(Long.parseLong(parts.group(1))) : Optional.empty();
  }

  public boolean isValidStop(String token, String store, ReviewInvitation invitation, Instant now) {
    Matcher parts = STOP_SHAPE.matcher(token == null ? "" : token);
    if (!parts.matches()) {
      return false;
    }
    long expires = Long.parseLong(parts.group(2));
    return now.getEpochSecond() < expires
        && invitation.getId() == Long.parseLong(parts.group(1))
        && signatures.matches(
            parts.group(3), STOP, store, invitation.getId(), invitation.getEmail(), expires);
  }
}
