package org.depesche.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.place.Location;
import org.depesche.time.EventDate;

/**
 * One coded event: who did what to whom, when, and the sentence that says so. The record of
 * {@code CONTRACT.md}; {@link EventJson} writes it.
 *
 * @param id         stable: the same article text and event give the same id on every run ({@link #idOf})
 * @param article    the article it was read from
 * @param sentence   index of the evidence sentence in the article
 * @param begin      character offset of the evidence sentence in the article text
 * @param end        its end
 * @param evidence   the sentence
 * @param triggerAt  index of the trigger token in the sentence
 * @param trigger    the word the pattern fired on
 * @param type       the event type
 * @param source     who acts
 * @param target     on whom, or null
 * @param date       when
 * @param modality   asserted, intended, hypothetical or negated
 * @param reported   told on someone else's word ("soll ... reisen", "angeblich"), whatever the modality
 * @param amount     the sum it carries, or null
 * @param quote      the quotation it came from, or null
 * @param location   where it took place, or null when not known
 * @param confidence how sure the coder is, 0 to 1
 */
public record Event(String id, Article article, int sentence, int begin, int end, String evidence, int triggerAt,
    String trigger, EventType type, Actor source, Actor target, EventDate date, Modality modality, boolean reported,
    Amount amount, Quote quote, Location location, double confidence) {

  /** A newly coded event: its id is computed from what identifies it (see {@link #idOf}). */
  public Event(Article article, int sentence, int begin, int end, String evidence, int triggerAt, String trigger,
      EventType type, Actor source, Actor target, EventDate date, Modality modality, boolean reported, Amount amount,
      Quote quote, double confidence) {
    this(idOf(article, begin, triggerAt, type, source, target), article, sentence, begin, end, evidence, triggerAt,
        trigger, type, source, target, date, modality, reported, amount, quote, null, confidence);
  }

  /**
   * The id of an event: a hash of the article's id and text, the sentence's offset, the trigger, the code and both
   * actors as read. What later stages add (date, modality, amount) is left out, so it is known from coding on.
   */
  static String idOf(Article article, int begin, int triggerAt, EventType type, Actor source, Actor target) {
    String key = String.join("\u0000", article.id(), Integer.toString(begin), Integer.toString(triggerAt),
        type.cameo(), String.valueOf(source.code()), String.valueOf(source.text()),
        target == null ? "" : String.valueOf(target.code()) + target.text(), article.text());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The same event with another date. */
  public Event withDate(EventDate d) {
    return new Event(id, article, sentence, begin, end, evidence, triggerAt, trigger, type, source, target, d,
        modality, reported, amount, quote, location, confidence);
  }

  /** The same event with another modality, told on someone else's word or not. */
  public Event withModality(Modality m, boolean hearsay) {
    return new Event(id, article, sentence, begin, end, evidence, triggerAt, trigger, type, source, target, date, m,
        hearsay, amount, quote, location, confidence);
  }

  /** The same event with a sum attached. */
  public Event withAmount(Amount a) {
    return new Event(id, article, sentence, begin, end, evidence, triggerAt, trigger, type, source, target, date,
        modality, reported, a, quote, location, confidence);
  }

  /** The same event at another place. */
  public Event withLocation(Location l) {
    return new Event(id, article, sentence, begin, end, evidence, triggerAt, trigger, type, source, target, date,
        modality, reported, amount, quote, l, confidence);
  }

  /** The PLOVER contexts of the event's type. */
  public List<String> contexts() {
    return type.contexts();
  }
}
