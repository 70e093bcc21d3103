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

  /** Adds the unknown names among one article's actor mentions. */
  public void add(String articleId, List<Sentence> sentences, ArticleActors actors) {
    for (Sentence s : sentences) {
      for (ActorMention m : actors.in(s.index())) {
        Actor a = m.actor();
        if (a.name() == null || m.how() == null || !m.how().startsWith("unknown name") && !m.how().startsWith("only")) {
          continue;
        }
        names.merge(a.name(), new Name(a.name(), a.key(), m.how(), 1, Set.of(articleId), s.text()), (old, neu) -> {
          Set<String> ids = new LinkedHashSet<>(old.articles());
          ids.add(articleId);
          return new Name(old.name(), old.country() != null ? old.country() : neu.country(),
              old.country() != null ? old.how() : neu.how(), old.mentions() + 1, Set.copyOf(ids), old.example());
        });
      }
    }
  }

  /** The names, most often mentioned first. */
  public List<Name> names() {
    List<Name> out = new ArrayList<>(names.values());
    out.sort(Comparator.comparingInt(Name::mentions).reversed().thenComparing(Name::name));
    return out;
  }
}
