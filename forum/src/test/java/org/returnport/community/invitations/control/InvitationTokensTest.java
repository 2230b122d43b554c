package org.returnport.community.invitations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.community.invitations.entity.ReviewInvitation.Source;
import org.returnport.identity.control.LinkSignatures;

class InvitationTokensTest {

  private static final Instant SENT = Instant.parse("2026-11-01T10:00:00Z");

  private final InvitationTokens cut =
      new InvitationTokens(new LinkSignatures("a-link-secret-of-the-test"));

  private ReviewInvitation invitation;

  @BeforeEach
  void invitation() throws ReflectiveOperationException {
    invitation = invitation(41L, "ana@example.com", Source.RETURN);
  }

  @Test
  void aLinkOpensItsProductInItsStoreUntilItExpires() {
    String token = cut.review("north", invitation, "SKU-1", SENT);
    InvitationTokens.Claim claim = InvitationTokens.read(token).orElseThrow();

    assertThat(claim.sku()).isEqualTo("SKU-1");
    assertThat(cut.isValid(claim, "north", invitation, SENT.plus(Duration.ofDays(59)))).isTrue();
    assertThat(cut.isValid(claim, "north", invitation, SENT.plus(InvitationTokens.VALID_FOR)))
        .as("expired")
        .isFalse();
    assertThat(cut.isValid(claim, "south", invitation, SENT)).as("another store").isFalse();
  }

  @Test
  void aChangedTokenIsRefused() throws ReflectiveOperationException {
    String token = cut.review("north", invitation, "SKU-1", SENT);
    String[] parts = token.split("\\.");

    String otherSku =
        String.join(
            ".",
            parts[0],
            parts[1],
            java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("SKU-2".getBytes()),
            parts[3]);
    String later =
        String.join(
            ".", parts[0], String.valueOf(Long.parseLong(parts[1]) + 86_400), parts[2], parts[3]);
    char last = parts[3].charAt(42);
    String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(InvitationTokens.read(otherSku).map(c -> cut.isValid(c, "north", invitation, SENT)))
        .contains(false);
    assertThat(InvitationTokens.read(later).map(c -> cut.isValid(c, "north", invitation, SENT)))
        .contains(false);
    assertThat(InvitationTokens.read(forged).map(c -> cut.isValid(c, "north", invitation, SENT)))
        .contains(false);
    assertThat(InvitationTokens.read("not-a-token")).isEmpty();
    assertThat(InvitationTokens.read(null)).isEmpty();
    ReviewInvitation toSomeoneElse = invitation(41L, "bo@example.com", Source.RETURN);
    assertThat(
            cut.isValid(InvitationTokens.read(token).orElseThrow(), "north", toSomeoneElse, SENT))
        .as("the same invitation id with another address")
        .isFalse();
    ReviewInvitation forDelivery = invitation(41L, "ana@example.com", Source.DELIVERY);
    assertThat(cut.isValid(InvitationTokens.read(token).orElseThrow(), "north", forDelivery, SENT))
        .as("another source")
        .isFalse();
  }

  @Test
  void theStopLinkNamesItsInvitationAndAddress() throws ReflectiveOperationException {
    String token = cut.stop("north", invitation, SENT);

    assertThat(InvitationTokens.stopInvitation(token)).contains(41L);
    assertThat(cut.isValidStop(token, "north", invitation, SENT.plus(Duration.ofDays(300))))
        .isTrue();
    assertThat(cut.isValidStop(token, "north", invitation, SENT.plus(Duration.ofDays(400))))
        .isFalse();
    assertThat(cut.isValidStop(token, "south", invitation, SENT)).isFalse();
    assertThat(
            cut.isValidStop(token, "north", invitation(41L, "bo@example.com", Source.RETURN), SENT))
        .isFalse();
    String review = cut.review("north", invitation, "SKU-1", SENT);
    assertThat(cut.isValidStop(review, "north", invitation, SENT))
        .as("a product link does not stop invitations")
        .isFalse();
  }

  private static ReviewInvitation invitation(long id, String email, Source source)
      throws ReflectiveOperationException {
    ReviewInvitation invitation =
        new ReviewInvitation(source, 7L, email, "en", List.of("SKU-1"), SENT);
    Field field = ReviewInvitation.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(invitation, id);
    return invitation;
  }
}
