package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.article.Article;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;
import org.depesche.time.EventDate;

/**
 * Codes events from parsed sentences, in steps:
 *
 * <ol>
 *   <li>a pattern of the {@link PatternBook} fires on its trigger where the trigger's object and roles
 *       ({@link ArgumentMatcher}), its predicative complement ({@link PredicateMatcher}) and a quotation after it
 *       ({@link QuotationMatcher}) are as the pattern asks; the first pattern that fires is taken;
 *   <li>the {@link ArgumentReader} reads source and target from the trigger's dependents;
 *   <li>where they name no source, actors listed after the trigger as examples stand in ({@link ExampleList}), then
 *       the subject of the clause that governs the trigger ({@link GoverningSubject}), then the home country for an
 *       agentless passive ({@link ImpliedActors});
 *   <li>where they name no target, actors the parser glued onto a name, the last other actor of the text for an
 *       untargeted event in a quotation, other actors of the clause or the subjects of a governed clause stand in
 *       ({@link TargetFallbacks}), then the target the policy implies ({@link ImpliedActors});
 *   <li>each source is paired with each target, or coordinated sources of a symmetric event with each other.
 * </ol>
 *
 * <p>Which roots take which fallback, and the confidence each source and target give an event, are the
 * {@link CodingPolicy}'s.
 */
public final class EventCoder {
  private final PatternBook patterns;
  private final CameoOntology ontology;
  private final CodingPolicy policy;
  private final ExampleList examples;
  private final GoverningSubject governingSubject;
  private final ImpliedActors implied;
  private final OccurrenceVerbs occurrences;

  /** A German coder under the bundled {@link CodingPolicy#standard() coding policy}. */
  public EventCoder(PatternBook patterns, CameoOntology ontology) {
    this(patterns, ontology, CodingPolicy.standard(), LanguageFiles.german());
  }

  /**
   * A coder of the patterns under a policy, with the word lists of their language ({@code example-cues}: words
   * that list examples after a trigger; {@code object-control}: verbs whose object acts in the clause they govern).
   */
  public EventCoder(PatternBook patterns, CameoOntology ontology, CodingPolicy policy, LanguageFiles files) {
    this.patterns = patterns;
    this.ontology = ontology;
    this.policy = policy;
    this.examples = ExampleList.of(files);
    this.governingSubject = new GoverningSubject(Set.copyOf(files.lines("object-control")));
    this.implied = new ImpliedActors(policy.roots());
    this.occurrences = OccurrenceVerbs.of(files);
  }

  /** The events of one article. Dates, modality and amounts are left for later stages. */
  public List<Event> code(Article article, List<Sentence> sentences, ArticleActors actors, List<QuoteSpan> quotes) {
    List<Event> events = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      ArgumentReader args = new ArgumentReader(s, actors, quotes);
      for (Token t : s.tokens()) {
        for (EventPattern p : patterns.candidates(t)) {
          if (ArgumentMatcher.matches(p, t, args) && PredicateMatcher.matches(p, s, t)
              && QuotationMatcher.matches(p, s, t, quotes)) {
            events.addAll(eventsOf(article, s, t, p, args, actors));
            break;
          }
        }
      }
    }
    return events;
  }

  private List<Event> eventsOf(Article article, Sentence s, Token trigger, EventPattern p, ArgumentReader args,
      ArticleActors actors) {
    boolean transitive = p.target().contains("obj");
    ArgumentActors sourceArgs = args.read(trigger, p.source(), transitive);
    List<Actor> sources = sourceArgs.actors();
    boolean indirect = sourceArgs.indirect();
    boolean sourceGuessed = sources.isEmpty() && p.noun() != null;
    double confidence = policy.confidence().namedSource();
    if (sources.isEmpty() && p.verb() != null) {
      sources = examples.after(s, trigger.index(), args.mentions());
    }
    if (sources.isEmpty()) {
      ArgumentActors governing = governingSubject.of(s, trigger, args, transitive);
      sources = governing.actors();
      indirect |= governing.indirect();
      confidence = policy.confidence().governingSubject();
    }
    boolean standIn = false;
    boolean agentless = implied.domesticRoot(p) && PassiveVoice.isPassive(trigger, s, transitive);
    boolean occurred = p.noun() != null && implied.occurrenceRoot(p) && occurrences.tellsOccurrence(trigger, args);
    if (sources.isEmpty() && (agentless || occurred)) {
      // "Elf Gefängnisangestellte sind festgenommen worden", "Am Abend fand eine Mahnwache statt": an agentless
      // arrest or attack, or a protest told only as having happened, is done by an unnamed side of the home country
      // (of no country where the article has none).
      sources = List.of(implied.standIn(actors));
      confidence = policy.confidence().homeCountrySource();
      standIn = true;
      sourceGuessed = false;
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    ArgumentActors targetArgs = args.read(trigger, p.target(), transitive);
    List<Actor> targets = targetArgs.actors();
    indirect |= targetArgs.indirect();
    TargetFallbacks fallbacks = new TargetFallbacks(args);
    if (targets.isEmpty() && (p.target().contains("obj") || p.target().contains("iobj"))) {
      targets = fallbacks.strayActors(trigger, sources);
    }
    QuoteSpan quote = args.quoteAt(trigger);
    if (targets.isEmpty() && quote != null && quote.direct()
        && policy.roots().addressedInQuotation().contains(p.root())) {
      targets = actors.lastOtherBefore(s.index() + 1, sources.get(0).key()).map(List::of).orElse(List.of());
    }
    // A plain statement ("erklärte", "sagte") has a target only where the text names one as its argument.
    boolean guessTarget = !p.symmetric() && !policy.roots().namedTargetOnly().contains(p.root());
    if (targets.isEmpty() && guessTarget) {
      targets = fallbacks.otherActorsInClause(trigger, sources);
    }
    if (targets.isEmpty() && guessTarget) {
      // "Amnesty fordert, dass die Regierung ...": whom a demand or accusation is about is the subject of the
      // clause it governs.
      ArgumentActors complements = fallbacks.complementSubjects(trigger, sources, transitive);
      targets = complements.actors();
      indirect |= complements.indirect();
    }
    List<Actor[]> pairs;
    if (targets.isEmpty() && p.symmetric() && sources.size() >= 2) {
      pairs = withEachOther(sources);
    } else {
      if (targets.isEmpty()) {
        if (sourceGuessed || policy.roots().namedTargetOnly().contains(p.root())) {
          // Neither side is an argument of the trigger: a background noun ("nach einer Geiselnahme"), not an event.
          return List.of();
        }
        targets = implied.target(p, sources.get(0), actors);
        confidence = policy.confidence().impliedTarget();
      }
      pairs = pairs(sources, targets);
    }
    if (indirect) {
      confidence -= policy.confidence().indirectReferencePenalty();
    }
    Quote q = quote == null || quote.speaker() == null ? null : new Quote(quote.speaker().text(), quote.text());
    List<Event> out = new ArrayList<>();
    for (Actor[] pair : pairs) {
      if (pair[0].sameNamedActor(pair[1])) {
        continue; // one person does not meet or consult herself
      }
      if (ImpliedActors.unnamed(pair[0]) && (pair[1] == null || ImpliedActors.unnamed(pair[1]))) {
        continue; // nobody known did something to nobody known
      }
      boolean domestic = pair[1] == null || Objects.equals(pair[0].key(), pair[1].key());
      EventType type = ontology.type(policy.assault().codeFor(p.cameo(), pair[0].sector(), standIn, domestic))
          .orElseThrow();
      out.add(new Event(article, s.index(), s.begin(), s.end(), s.text(), trigger.index(), trigger.word(), type,
          pair[0], pair[1], EventDate.UNKNOWN, Modality.ASSERTED, false, null, q, confidence));
    }
    return out;
  }

  /** The first of coordinated sources with each other: "Frankreich und Deutschland stimmen überein". */
  private static List<Actor[]> withEachOther(List<Actor> sources) {
    List<Actor[]> pairs = new ArrayList<>();
    for (int i = 1; i < sources.size(); i++) {
      pairs.add(new Actor[] {sources.get(0), sources.get(i)});
    }
    return pairs;
  }

  /** Each source with each target, but no mention with itself. */
  private static List<Actor[]> pairs(List<Actor> sources, List<Actor> targets) {
    List<Actor[]> pairs = new ArrayList<>();
    for (Actor src : sources) {
      for (Actor tgt : targets) {
        boolean sameMention = src.text() != null && src.text().equals(tgt == null ? null : tgt.text())
            && Objects.equals(src.code(), tgt.code());
        if (!sameMention) {
          pairs.add(new Actor[] {src, tgt});
        }
      }
    }
    return pairs;
  }
}
