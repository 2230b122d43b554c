package org.returnport.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returnport.access.StaffRole;

class StaffInvitationTest {

  private static final Instant INVITED = Instant.parse("2026-03-01T10:00:00Z");

  private final StaffInvitation cut =
      new StaffInvitation("ana@example.com", StaffRole.WAREHOUSE, "boss@example.com", INVITED);

  @Test
  void anInvitationGivesNothingUntilAccepted() {
    cut.send(INVITED);

    assertThat(cut.isAccepted()).isFalse();
    assertThat(cut.getUserId()).isEmpty();

    cut.accept("user-1", INVITED.plusSeconds(3600));
    assertThat(cut.isAccepted()).isTrue();
    assertThat(cut.getUserId()).contains("user-1");
  }

  @Test
  void itIsAcceptedOnceAndNotAfterItExpired() {
    cut.send(INVITED);
    assertThat(cut.isExpired(INVITED.plus(StaffInvitation.VALID_FOR).minusSeconds(1))).isFalse();
    assertThat(cut.isExpired(INVITED.plus(StaffInvitation.VALID_FOR))).isTrue();
    assertThatThrownBy(() -> cut.accept("user-1", INVITED.plus(StaffInvitation.VALID_FOR)))
        .isInstanceOf(IllegalStateException.class);

    cut.accept("user-1", INVITED);
    assertThatThrownBy(() -> cut.accept("user-2", INVITED))
        .isInstanceOf(IllegalStateException.class);
    assertThat(cut.getUserId()).contains("user-1");
  }

  @Test
  void sendingAgainMovesTheExpiryAtMostOnceAMinute() {
    cut.send(INVITED);
    Instant firstExpiry = cut.getExpiresAt().orElseThrow();

    assertThat(cut.mayResend(INVITED.plusSeconds(30))).isFalse();
    assertThat(cut.mayResend(INVITED.plus(StaffInvitation.RESEND_AFTER))).isTrue();
    cut.send(INVITED.plusSeconds(120));
    assertThat(cut.getExpiresAt().orElseThrow()).isAfter(firstExpiry);

    cut.accept("user-1", INVITED.plusSeconds(180));
    assertThat(cut.mayResend(INVITED.plusSeconds(600))).isFalse();
  }
}
