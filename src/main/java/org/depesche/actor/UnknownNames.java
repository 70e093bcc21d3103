package org.depesche.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depesche.nlp.Sentence;

/**
 * The names no dictionary knows, gathered over a batch so that they are reported rather than dropped: each with how
 * often and in how many articles it was seen, what the article let Depesche work out (a country from "der russische
 * Oligarch X", or nothing), and a sentence to read. A list for extending the actor files ({@code --actors}).
 *
 * <p>Not thread-safe: add articles from one thread.
 */
public final class UnknownNames {
  /** One unknown name as seen so far. */
  public record Name(String name, String country, String how, int mentions, Set<String> articles, String example) {}

  private final Map<String, Name> names = new LinkedHashMap<>();

  /**
   * Adds the unknown names of one article: actor mentions no dictionary resolved, and places the named-entity
   * recogniser tags that no mention covers (places are not actors: "in Saporischschja" says where, not who).
   */
  public void add(String articleId, List<Sentence> sentences, ArticleActors actors) {
    for (Sentence s : sentences) {
      List<ActorMention> mentions = actors.in(s.index());
      for (ActorMention m : mentions) {
        Actor a = m.actor();
        if (a.name() != null && isUnknown(m)) {
          record(new Name(a.name(), a.key(), m.how(), 1, Set.of(articleId), s.text()), articleId);
        }
      }
      for (int i = 0; i < s.tokens().size(); i++) {
        int at = i;
        if (s.token(i).ner().equals("LOCATION") && mentions.stream().noneMatch(m -> m.covers(at))) {
          int last = i;
          while (last + 1 < s.tokens().size() && s.token(last + 1).ner().equals("LOCATION")) {
            last++;
          }
          String name = s.textOf(i, last, s.begin());
          record(new Name(name, null, "a place only the named-entity recogniser knows", 1, Set.of(articleId),
              s.text()), articleId);
          i = last;
        }
      }
    }
  }

  /** A name ActorFinder could not look up (it words {@code how} that way): new, NER-only or introduced earlier. */
  private static boolean isUnknown(ActorMention m) {
    String how = m.how() == null ? "" : m.how();
    return how.startsWith("unknown name") || how.startsWith("only") || how.startsWith("introduced");
  }

  private void record(Name seen, String articleId) {
    names.merge(seen.name(), seen, (old, neu) -> {
      Set<String> ids = new LinkedHashSet<>(old.articles());
      ids.add(articleId);
      return new Name(old.name(), old.country() != null ? old.country() : neu.country(),
          old.country() != null ? old.how() : neu.how(), old.mentions() + 1, Set.copyOf(ids), old.example());
    });
  }

  /** The names, most often mentioned first. */
  public List<Name> names() {
    List<Name> out = new ArrayList<>(names.values());
    out.sort(Comparator.comparingInt(Name::mentions).reversed().thenComparing(Name::name));
    return out;
  }
}
