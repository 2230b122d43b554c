package org.returnport.intake.entity;

/** What an intake photo shows evidence of. */
public enum PhotoSubject {
  GRADING,
  DISCREPANCY,
  UNEXPECTED
}
