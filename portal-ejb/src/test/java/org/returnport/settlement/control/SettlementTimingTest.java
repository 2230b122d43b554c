package org.returnport.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.policy.entity.PolicyRules.RefundTiming;
import org.returnport.settlement.control.SettlementTiming.Moment;

class SettlementTimingTest {

  @ParameterizedTest(name = "refund at {0}, keep-it {1}, {2}: due {3}")
  @CsvSource({
    // The policy's own moment pays.
    "APPROVAL,   false, APPROVED,   true",
    "FIRST_SCAN, false, FIRST_SCAN, true",
    "RECEIPT,    false, RECEIVED,   true",
    "INSPECTION, false, INSPECTED,  true",
    // Earlier moments do not.
    "FIRST_SCAN, false, APPROVED,   false",
    "RECEIPT,    false, APPROVED,   false",
    "RECEIPT,    false, FIRST_SCAN, false",
    "INSPECTION, false, APPROVED,   false",
    "INSPECTION, false, FIRST_SCAN, false",
    "INSPECTION, false, RECEIVED,   false",
    // A missed moment (no scans with the store's own label) pays at the next one.
    "FIRST_SCAN, false, RECEIVED,   true",
    "FIRST_SCAN, false, INSPECTED,  true",
    "RECEIPT,    false, INSPECTED,  true",
    // Keep-it pays at approval whatever the policy says.
    "INSPECTION, true,  APPROVED,   true",
    "RECEIPT,    true,  APPROVED,   true",
    // A lost parcel pays at its loss.
    "INSPECTION, false, LOST,       true",
    "RECEIPT,    false, LOST,       true",
  })
  void paysAtThePolicysMoment(RefundTiming at, boolean keepIt, Moment moment, boolean due) {
    assertThat(SettlementTiming.due(at, keepIt, moment)).isEqualTo(due);
  }
}
