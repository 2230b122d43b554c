package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;
import org.returnport.returns.control.DeadlineRules;

/**
 * Whatever happens to a return, in any order (staff extensions, carrier delays of any length and
 * cause, incidents for its country or another, and the moves of its life), its send-by date and
 * promised refund date never become earlier, and once it is closed or at the hub they never change.
 */
class DeadlinesMoveForwardPropertiesTest {

  private static final ReturnStatus[] LIFE = {
    ReturnStatus.IN_TRANSIT,
    ReturnStatus.DELIVERED,
    ReturnStatus.RECEIVED,
    ReturnStatus.INSPECTED,
    ReturnStatus.CANCELLED,
    ReturnStatus.EXPIRED,
    ReturnStatus.LOST
  };

  @Property
  void deadlinesOnlyMoveForward(@ForAll boolean reviewed, @ForAll("histories") List<Step> history) {
    Instant now = ReturnCases.NOW;
    ReturnCase r = reviewed ? ReturnCases.underReview("FR", now) : ReturnCases.approved("FR", now);
    for (Step step : history) {
      now = now.plus(Duration.ofHours(step.hoursLater()));
      Instant shipBy = r.getShipBy();
      Instant refundBy = r.getRefundBy();
      ReturnStatus status = r.getStatus();

      apply(step, r, now);

      assertThat(r.getShipBy()).isAfterOrEqualTo(shipBy);
      if (refundBy != null) {
        assertThat(r.getRefundBy()).isAfterOrEqualTo(refundBy);
      }
      if (!status.deadlinesOpen()) {
        assertThat(r.getShipBy()).as("closed: %s", status).isEqualTo(shipBy);
        assertThat(r.getRefundBy()).as("closed: %s", status).isEqualTo(refundBy);
      }
    }
  }

  private static void apply(Step step, ReturnCase r, Instant now) {
    switch (step.kind()) {
      case EXTEND -> {
        if (r.getStatus().deadlinesOpen() && step.days() >= 1 && step.days() <= 90) {
          r.moveDeadlines(step.days(), "staff", null, now);
        } else {
          assertThatThrownBy(() -> r.moveDeadlines(step.days(), "staff", null, now))
              .isInstanceOf(RejectedException.class);
        }
      }
      case DELAY -> {
        int days = DeadlineRules.delayExtension(step.days(), step.cause(), r.getStatus());
        if (days > 0) {
          r.moveDeadlines(days, null, step.cause().name(), now);
        }
      }
      case INCIDENT -> {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Incident incident =
            new Incident(
                new IncidentTerms(
                    step.country(),
                    null,
                    DelayCause.STRIKE,
                    "Strike",
                    null,
                    today,
                    today,
                    Math.max(1, Math.min(90, Math.abs(step.days()) + 1))),
                null,
                "admin",
                now);
        if (r.getStatus().deadlinesOpen()
            && !r.isKeepItems()
            && incident.affects(r.getShipCountry(), r.getHubCarrier())) {
          r.moveDeadlines(incident.getExtensionDays(), "admin", "Strike", now);
        }
      }
      case LIVE -> {
        ReturnStatus next = step.next();
        if (r.getStatus().canMoveTo(next)) {
          r.moveTo(next, EventKind.SCANNED, null, null, now);
        }
      }
      case APPROVE -> {
        if (r.getStatus() == ReturnStatus.UNDER_REVIEW) {
          r.approve("staff", now);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(-5, 120),
                Arbitraries.of(DelayCause.class),
                Arbitraries.of("FR", "DE", "CN"),
                Arbitraries.of(LIFE),
                Arbitraries.integers().between(0, 24 * 20))
            .as(Step::new);
    return step.list().ofMaxSize(25);
  }

  enum Kind {
    EXTEND,
    DELAY,
    INCIDENT,
    LIVE,
    APPROVE
  }

  record Step(
      Kind kind, int days, DelayCause cause, String country, ReturnStatus next, int hoursLater) {}
}
