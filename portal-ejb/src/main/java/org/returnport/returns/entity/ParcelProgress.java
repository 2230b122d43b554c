package org.returnport.returns.entity;

import java.util.Optional;
import org.returnport.events.ParcelStage;

/**
 * What a carrier scan means for a return: the first real scan puts it on its way, delivery to the
 * hub and a parcel given up as lost end the carrier's part. A scan only ever moves a return along
 * {@link ReturnStatus#canMoveTo}, so scans that arrive late or out of order never move it back.
 */
public final class ParcelProgress {

  private ParcelProgress() {}

  /** The status a scan at this stage asks for; none for a label the carrier merely created. */
  public static Optional<ReturnStatus> statusFor(ParcelStage stage) {
    return switch (stage) {
      case LABEL_CREATED -> Optional.empty();
      case PICKED_UP, IN_TRANSIT, DELAYED, CUSTOMS, OUT_FOR_DELIVERY ->
          Optional.of(ReturnStatus.IN_TRANSIT);
      case LOST -> Optional.of(ReturnStatus.LOST);
      case DELIVERED -> Optional.of(ReturnStatus.DELIVERED);
    };
  }

  /** Where a return in {@code current} stands after a scan at {@code stage}. */
  public static ReturnStatus after(ReturnStatus current, ParcelStage stage) {
    return statusFor(stage).filter(current::canMoveTo).orElse(current);
  }
}
