package org.depesche.eval;

import java.util.List;

/**
 * One event of a gold file ({@code gold/GUIDELINES.md}).
 *
 * @param id        the gold event's id
 * @param what      a short description
 * @param src       allowed source keys ("A|B"; "*" allows any actor or none)
 * @param tgt       allowed target keys
 * @param roots     acceptable CAMEO roots
 * @param symmetric whether source and target may be swapped
 * @param date      the event's date (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param evidence  the start of the sentence it is read from
 * @param place     where it happened, as written ("Berlin", "Wedding"), or null
 */
public record GoldEvent(String id, String what, String src, String tgt, List<String> roots, boolean symmetric,
    String date, String evidence, String place) {

  /** Whether an emitted (source key, target key, root) matches this gold event. */
  public boolean matches(String source, String target, String root) {
    return roots.contains(root) && matchesPair(source, target);
  }

  /** Whether an emitted event's actor keys match this gold event's, whatever the event type. */
  public boolean matchesPair(String source, String target) {
    return (allows(src, source) && allows(tgt, target)) || (symmetric && allows(src, target) && allows(tgt, source));
  }

  private static boolean allows(String pattern, String key) {
    if (pattern.equals("*")) {
      return true;
    }
    if (key == null) {
      return false;
    }
    for (String alt : pattern.split("\\|")) {
      if (alt.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
