package org.depesche.event;

import java.util.Locale;

/** Whether an event is reported as fact, as a plan, as a possibility, or as not having happened. */
public enum Modality {
  ASSERTED, INTENDED, HYPOTHETICAL, NEGATED;

  /** The lower-case name used in the event record. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
