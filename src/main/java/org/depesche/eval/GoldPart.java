package org.depesche.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which part of a gold file an article belongs to. A third of the articles, chosen by a hash of their id and not by
 * reading them, is held out: developers read neither their gold nor the coder's output for them, only the summary
 * score, so that a rule fitted to the articles looked at shows up as a gap between the two parts.
 *
 * <p>The rule: an article is held out when the first byte of the SHA-256 of its id (UTF-8) is below 86, i.e. in
 * the lowest third of 0-255. It does not depend on the file's order or size, so it stays fixed as gold grows.
 */
public enum GoldPart {
  /** Every article. */
  ALL,
  /** The articles to develop on. */
  DEVELOP,
  /** The articles kept unread. */
  HELD_OUT;

  /** Whether the article {@code doc} is in this part. */
  public boolean contains(String doc) {
    return this == ALL || heldOut(doc) == (this == HELD_OUT);
  }

  static boolean heldOut(String doc) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(doc.getBytes(StandardCharsets.UTF_8));
      return (hash[0] & 0xff) < 86;
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
