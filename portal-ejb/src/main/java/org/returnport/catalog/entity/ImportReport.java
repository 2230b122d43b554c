package org.returnport.catalog.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing a file did: how many orders were created, updated, left unchanged or refused, and
 * for each refused one, its rows and why. At most {@link #PROBLEMS_KEPT} refusals are listed; the
 * count covers all of them.
 */
public class ImportReport {

  public static final int PROBLEMS_KEPT = 1000;

  private long rows;
  private int created;
  private int updated;
  private int unchanged;
  private int rejected;
  private final List<Problem> problems = new ArrayList<>();

  public void recorded(long lastRow, String outcome) {
    rows = lastRow - 1;
    switch (outcome) {
      case "CREATED" -> created++;
      case "UPDATED" -> updated++;
      default -> unchanged++;
    }
  }

  public void refused(long lastRow, Problem problem) {
    rows = lastRow - 1;
    rejected++;
    if (problems.size() < PROBLEMS_KEPT) {
      problems.add(problem);
    }
  }

  public long rows() {
    return rows;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int rejected() {
    return rejected;
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Why the order on the given rows was not imported: the column and a message key with its
   * arguments, rendered in the reader's language.
   */
  public record Problem(
      long firstRow,
      long lastRow,
      String order,
      String column,
      String messageKey,
      List<String> arguments) {}
}
