package org.depesche.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.depesche.nlp.Sentence;

/**
 * Says where the events of an article took place, as a reader would: the place the event's sentence puts it in,
 * else the article's dateline or lead, else only the country of its actors. A name that stands for several
 * places ("Frankfurt", "Neustadt") means the one in the article's country, in a region the article names, else
 * the largest.
 */
public final class Locator {
  /** Sentences of the lead: the title and the first two of the text. */
  private static final int LEAD = 3;
  /** How many times larger a place elsewhere must be to win over the article's country's place of that name. */
  private static final long FAR_LARGER = 20;
  private static final Set<String> DATELINE_MARKS = Set.of("(", "–", "-", "—", ":", "/");

  private final PlaceFinder finder;

  public Locator(PlaceFinder finder) {
    this.finder = finder;
  }

  /** The finder it reads places with. */
  public PlaceFinder finder() {
    return finder;
  }

  /**
   * Reads the places of an article.
   *
   * @param sentences   the article's sentences, the title first
   * @param countries   where the sentences name whole countries (found as actors; see {@link PlaceMention#ofCountry})
   * @param homeCountry the country the article speaks of most, or null
   */
  public ArticlePlaces read(List<Sentence> sentences, List<PlaceMention> countries, String homeCountry) {
    List<PlaceMention> mentions = new ArrayList<>();
    sentences.forEach(s -> mentions.addAll(finder.find(s)));
    // A town's name or adjective is an actor's home too ("die Kölner Polizei"): the place says more.
    countries.stream().filter(c -> mentions.stream().noneMatch(m -> overlap(m, c))).forEach(mentions::add);
    mentions.sort(Comparator.comparingInt(PlaceMention::sentence).thenComparingInt(PlaceMention::first));
    Context context = Context.of(mentions, homeCountry);
    List<Resolved> resolved = mentions.stream().map(m -> new Resolved(m, context.choose(m))).toList();
    return new ArticlePlaces(resolved, lead(resolved, sentences));
  }

  private static boolean overlap(PlaceMention a, PlaceMention b) {
    return a.sentence() == b.sentence() && a.first() <= b.last() && b.first() <= a.last();
  }

  /** The place of the dateline ("Genf – ..."), else the first place the lead puts something in or names. */
  private static Resolved lead(List<Resolved> resolved, List<Sentence> sentences) {
    Resolved first = null;
    for (Resolved r : resolved) {
      if (r.mention().sentence() >= LEAD) {
        break;
      }
      if (r.place() != null && dateline(r.mention(), sentences.get(r.mention().sentence()))) {
        return r;
      }
      if (first == null && r.mention().cue() != PlaceMention.Cue.ELSEWHERE) {
        first = r;
      }
    }
    return first;
  }

  /** Whether a place opens its sentence and a bracket or a dash follows it: "Genf (dpa) –", "Wien –". */
  private static boolean dateline(PlaceMention m, Sentence s) {
    return m.first() == 0 && m.last() + 1 < s.tokens().size()
        && DATELINE_MARKS.contains(s.token(m.last() + 1).word());
  }

  /** A mention and the place it was taken to mean, null for a whole country. */
  record Resolved(PlaceMention mention, Place place) {
    String country() {
      return place != null ? place.country() : mention.country();
    }

    /** How wide: a town or place 0, a region 1, a whole country 2. */
    int width() {
      return place == null ? 2 : place.kind() == Place.Kind.REGION ? 1 : 0;
    }

    boolean within(Resolved wider) {
      return wider.width() > width() && Objects.equals(wider.country(), country())
          && (wider.place() == null || wider.place().admin1().equals(place == null ? "" : place.admin1()));
    }

    Location location(Location.Basis basis) {
      return place != null ? Location.of(place, mention.text(), basis)
          : Location.country(mention.country(), mention.text(), basis);
    }
  }

  /** What the article as a whole says about where it is: its countries and regions, by how often they come. */
  private record Context(Map<String, Integer> countries, Set<String> regions) {
    static Context of(List<PlaceMention> mentions, String homeCountry) {
      Map<String, Integer> countries = new HashMap<>();
      Set<String> regions = new HashSet<>();
      if (homeCountry != null) {
        countries.merge(homeCountry, 2, Integer::sum);
      }
      for (PlaceMention m : mentions) {
        Set<String> cs = new HashSet<>();
        m.places().forEach(p -> cs.add(p.country()));
        if (m.wholeCountry()) {
          cs.add(m.country());
        }
        if (cs.size() == 1) {
          countries.merge(cs.iterator().next(), 1, Integer::sum);
        }
        // A region named ("in Brandenburg") or a name all of whose places lie in one region.
        m.places().stream().filter(p -> p.kind() == Place.Kind.REGION).forEach(p -> regions.add(p.admin1()));
        Set<String> admin1s = new HashSet<>();
        m.places().forEach(p -> admin1s.add(p.admin1()));
        if (admin1s.size() == 1 && !admin1s.contains("")) {
          regions.addAll(admin1s);
        }
      }
      return new Context(countries, regions);
    }

    /**
     * The place a name means: the article's country first, then a region the article names, then a town over a
     * region of the same name (Zürich), then the largest; but a far larger place elsewhere wins over a hamlet at
     * home ("Rom" is Rome, not a farm in Germany).
     */
    Place choose(PlaceMention m) {
      if (m.wholeCountry()) {
        return null;
      }
      Place preferred = m.places().stream().max(Comparator
          .comparingInt((Place p) -> countries.getOrDefault(p.country(), 0))
          .thenComparing(p -> regions.contains(p.admin1()))
          .thenComparing(p -> p.kind() != Place.Kind.REGION)
          .thenComparingLong(Place::population)).orElseThrow();
      Place largest = m.places().stream().filter(p -> p.kind() != Place.Kind.REGION)
          .max(Comparator.comparingLong(Place::population)).orElse(preferred);
      return largest.population() > FAR_LARGER * Math.max(1, preferred.population()) ? largest : preferred;
    }
  }

  /** The places of one article, read once; {@link #of} locates each of its events. */
  public static final class ArticlePlaces {
    private final List<Resolved> resolved;
    private final Resolved lead;

    ArticlePlaces(List<Resolved> resolved, Resolved lead) {
      this.resolved = resolved;
      this.lead = lead;
    }

    /** Every place named, in text order. */
    public List<PlaceMention> mentions() {
      return resolved.stream().map(Resolved::mention).toList();
    }

    /** Every place named with the place it was taken to mean (null for a whole country), in text order. */
    List<Resolved> resolved() {
      return resolved;
    }

    /**
     * Where an event of sentence {@code sentence}, triggered at token {@code trigger}, took place: the place its
     * sentence puts it in (a word of place first, then a name, then a town's adjective; the narrowest, then the
     * nearest to the trigger), else the article's lead when it lies in a country of the actors, else the first
     * of the actors' countries; null when none is known.
     *
     * @param actorCountries the countries of the event's actors, source first; nulls are skipped
     */
    public Location of(int sentence, int trigger, List<String> actorCountries) {
      List<String> known = actorCountries.stream().filter(Objects::nonNull).toList();
      Optional<Resolved> here = resolved.stream()
          .filter(r -> r.mention().sentence() == sentence && r.mention().cue() != PlaceMention.Cue.ELSEWHERE)
          .min(Comparator.comparingInt((Resolved r) -> r.mention().cue().ordinal())
              .thenComparingInt(Resolved::width)
              .thenComparingInt(r -> Math.abs(r.mention().first() - trigger)));
      boolean leadFits = lead != null && (known.isEmpty() || known.contains(lead.country()));
      if (here.isPresent()) {
        if (leadFits && here.get().width() > 0 && lead.within(here.get())) {
          return lead.location(Location.Basis.ARTICLE);
        }
        return here.get().location(Location.Basis.SENTENCE);
      }
      if (leadFits) {
        return lead.location(Location.Basis.ARTICLE);
      }
      return known.isEmpty() ? null : Location.country(known.get(0), null, Location.Basis.ACTOR);
    }
  }
}
