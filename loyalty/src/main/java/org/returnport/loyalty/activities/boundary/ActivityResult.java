package org.returnport.loyalty.activities.boundary;

/**
 * What became of one activity: points awarded (at most up to the member's daily cap), a duplicate
 * of one awarded before (with that award's points), or refused with a problem code and nothing
 * written.
 */
public record ActivityResult(
    String externalId, Status status, long points, Long entryId, Long balance, String problem) {

  public enum Status {
    AWARDED,
    DUPLICATE,
    REFUSED
  }

  /** Why an activity is refused, as a stable code for programs. */
  public static final String MEMBER_NOT_FOUND = "member-not-found";

  public static final String NO_MEMBER = "member-missing";
  public static final String BAD_POINTS = "invalid-points";
  public static final String BAD_EXTERNAL_ID = "invalid-external-id";
  public static final String BAD_LABEL = "invalid-label";
  public static final String DAILY_CAP = "daily-cap-reached";

  static ActivityResult refused(String externalId, String problem) {
    return new ActivityResult(externalId, Status.REFUSED, 0, null, null, problem);
  }
}
