package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.article.Article;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;
import org.depesche.time.EventDate;

/**
 * Codes events from parsed sentences: a pattern of the {@link PatternBook} fires on its trigger, and the
 * {@link ArgumentReader} fills source and target from the trigger's dependents.
 *
 * <p>Where the trigger's own clause names no source, the subject of the clause that governs it stands in
 * ("Selenskyj teilte mit, die Themen des Telefongesprächs mit Takaichi seien ..."). Inside a quotation, an
 * event of cooperation without a named target is taken to address the last other actor of the text.
 */
public final class EventCoder {
  /** Roots whose events may go without a named target: protests, whose target is the home government. */
  private static final Set<String> PROTEST_ROOTS = Set.of("14");
  /** Roots whose untargeted events in a quotation address the conversation partner (thanks, invitations). */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("03", "04", "05");

  /** Yielding and conflict roots whose events without a named target aim at the article's home country. */
  private static final Set<String> DOMESTIC_ROOTS = Set.of("08", "10", "11", "12", "13", "17", "18", "19");
  private static final Set<String> CLAUSE_RELS = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj",
      "xcomp", "conj");

  private final PatternBook patterns;
  private final CameoOntology ontology;
  private final ExampleList examples = ExampleList.german();
  private final java.util.Set<String> objectControl =
      java.util.Set.copyOf(org.depesche.internal.DataFiles.lines("/depesche/verbs/de/object-control.txt"));

  public EventCoder(PatternBook patterns, CameoOntology ontology) {
    this.patterns = patterns;
    this.ontology = ontology;
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
          if (objectMatches(p, t, args) && requirementsMet(p, t, args) && predicateMatches(p, s, t)
              && quotationMatches(p, s, t, quotes)) {
            events.addAll(eventsOf(article, s, t, p, args, actors));
            break;
          }
        }
      }
    }
    return events;
  }

  /**
   * Whether a judgement's predicative complement is one of the pattern's words: any noun, adjective or adverb
   * hanging on the trigger other than its subject (the object too, since "nannte ihn einen Terroristen" has two),
   * or an adjective on such a noun ("ein wichtiges Zeichen").
   */
  private static boolean predicateMatches(EventPattern p, Sentence s, Token trigger) {
    if (p.predicate().isEmpty()) {
      return true;
    }
    List<Token> words = new ArrayList<>();
    for (Token c : s.children(trigger.index())) {
      if (c.isPos("NOUN", "ADJ", "ADV") && !c.rel().startsWith("nsubj")) {
        words.add(c);
        words.addAll(s.children(c.index(), "amod"));
      } else if (c.rel().equals("xcomp")) {
        // the parser sometimes heads the complement with "als" itself: "als grauenvoll" with "grauenvoll" below it
        s.children(c.index()).stream().filter(w -> w.isPos("NOUN", "ADJ") && !w.rel().startsWith("nsubj"))
            .forEach(words::add);
      }
    }
    words.addAll(complementsWithAls(s, trigger));
    for (Token w : words) {
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      String word = w.word().toLowerCase(Locale.ROOT);
      if (p.predicate().stream().anyMatch(tail -> lemma.endsWith(tail) || word.startsWith(tail))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a complement introduced by "als" or "für" anywhere in the trigger's own clause: the parser often
   * hangs "als „junge couragierte Demokratie“" on a noun before it rather than on the verb.
   */
  private static List<Token> complementsWithAls(Sentence s, Token trigger) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean marked = s.children(t.index(), "case").stream()
          .anyMatch(c -> c.word().equalsIgnoreCase("als") || c.word().equalsIgnoreCase("für"));
      if (marked && t != trigger && ownClause(s, trigger, t)) {
        out.add(t);
        for (Token c : s.children(t.index())) {
          out.add(c);
          out.addAll(s.children(c.index(), "amod"));
        }
      }
    }
    return out;
  }

  /** Whether {@code t} is below the trigger without a clause of its own in between. */
  private static boolean ownClause(Sentence s, Token trigger, Token t) {
    Token at = t;
    while (at.head() >= 0 && at.head() != trigger.index()) {
      if (CLAUSE_RELS.contains(at.rel())) {
        return false;
      }
      at = s.token(at.head());
    }
    return at.head() == trigger.index() && !CLAUSE_RELS.contains(at.rel());
  }

  /** Whether a quotation in marks follows the trigger within its sentence, where the pattern asks about it. */
  private static boolean quotationMatches(EventPattern p, Sentence s, Token trigger, List<QuoteSpan> quotes) {
    if (p.quoted() == null) {
      return true;
    }
    boolean follows = quotes.stream().anyMatch(q -> q.direct() && q.begin() > trigger.end() && q.begin() < s.end());
    return follows == p.quoted();
  }

  private static boolean requirementsMet(EventPattern p, Token trigger, ArgumentReader args) {
    return p.requires().isEmpty() || p.requires().stream()
        .anyMatch(role -> !args.arguments(trigger, role, p.target().contains("obj")).isEmpty());
  }

  private static boolean objectMatches(EventPattern p, Token trigger, ArgumentReader args) {
    if (p.verb() != null && !p.except().isEmpty()) {
      for (Token obj : args.arguments(trigger, "obj", p.target().contains("obj"))) {
        String lemma = obj.lemma().toLowerCase(Locale.ROOT);
        if (p.except().stream().anyMatch(lemma::endsWith)) {
          return false;
        }
      }
    }
    if (p.object().isEmpty()) {
      return true;
    }
    for (Token obj : args.objectCandidates(trigger, p.target().contains("obj"))) {
      String lemma = obj.lemma().toLowerCase(Locale.ROOT);
      String word = obj.word().toLowerCase(Locale.ROOT);
      if (p.object().stream().anyMatch(tail -> lemma.endsWith(tail) || word.endsWith(tail))) {
        return true;
      }
    }
    return false;
  }

  private List<Event> eventsOf(Article article, Sentence s, Token trigger, EventPattern p, ArgumentReader args,
      ArticleActors actors) {
    boolean transitive = p.target().contains("obj");
    ArgumentActors sourceArgs = args.read(trigger, p.source(), transitive);
    List<Actor> sources = sourceArgs.actors();
    boolean indirect = sourceArgs.indirect();
    boolean sourceGuessed = sources.isEmpty() && p.noun() != null;
    double confidence = 0.8;
    if (sources.isEmpty() && p.verb() != null) {
      sources = examples.after(s, trigger.index(), args.mentions());
    }
    if (sources.isEmpty()) {
      ArgumentActors governing = governingSubject(s, trigger, args, transitive);
      sources = governing.actors();
      indirect |= governing.indirect();
      confidence = 0.6;
    }
    if (sources.isEmpty() && DOMESTIC_ROOTS.contains(p.root()) && actors.homeCountry() != null
        && PassiveVoice.isPassive(trigger, s, transitive)) {
      // "Elf Gefängnisangestellte sind festgenommen worden": an agentless arrest or attack is the home country's.
      sources = List.of(new Actor(null, null, actors.homeCountry(), null, null));
      confidence = 0.5;
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
    if (targets.isEmpty() && quote != null && quote.direct() && ADDRESSED_ROOTS.contains(p.root())) {
      targets = actors.lastOtherBefore(s.index() + 1, sources.get(0).key()).map(List::of).orElse(List.of());
    }
    // A plain statement ("erklärte", "sagte") has a target only where the text names one as its argument.
    boolean guessTarget = !p.symmetric() && !p.root().equals("01");
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
    List<Actor[]> pairs = new ArrayList<>();
    if (targets.isEmpty() && p.symmetric() && sources.size() >= 2) {
      for (int i = 1; i < sources.size(); i++) {
        pairs.add(new Actor[] {sources.get(0), sources.get(i)});
      }
    } else {
      if (targets.isEmpty()) {
        if (sourceGuessed || p.root().equals("01")) {
          // Neither side is an argument of the trigger: a background noun ("nach einer Geiselnahme"), not an event.
          return List.of();
        }
        targets = implicitTarget(p, sources.get(0), actors);
        confidence = 0.5;
      }
      for (Actor src : sources) {
        for (Actor tgt : targets) {
          boolean sameMention = src.text() != null && src.text().equals(tgt == null ? null : tgt.text())
              && java.util.Objects.equals(src.code(), tgt.code());
          if (!sameMention) {
            pairs.add(new Actor[] {src, tgt});
          }
        }
      }
    }
    if (indirect) {
      confidence -= 0.1;
    }
    EventType type = ontology.type(p.cameo()).orElseThrow();
    Quote q = quote == null || quote.speaker() == null ? null : new Quote(quote.speaker().text(), quote.text());
    List<Event> out = new ArrayList<>();
    for (Actor[] pair : pairs) {
      if (pair[0].sameNamedActor(pair[1])) {
        continue; // one person does not meet or consult herself
      }
      out.add(new Event(article, s.index(), s.begin(), s.end(), s.text(), trigger.index(), trigger.word(), type,
          pair[0], pair[1], EventDate.UNKNOWN, Modality.ASSERTED, false, null, q, confidence));
    }
    return out;
  }

  /**
   * The subject of the nearest governing clause that has one with an actor, at most four levels up. A relative
   * clause is not climbed out of: its event is not the act of the main clause's subject. Under a verb like
   * "einladen" the one invited is the subject ({@code object-control.txt}).
   */
  private ArgumentActors governingSubject(Sentence s, Token trigger, ArgumentReader args, boolean transitive) {
    Token t = trigger;
    for (int level = 0; level < 4 && t.head() >= 0; level++) {
      if (t.rel().startsWith("acl")) {
        return ArgumentActors.NONE;
      }
      // "lud sie ein, ... zu besuchen", "zu einem Besuch eingeladen": the infinitive or the noun the invitation is to
      boolean infinitive = t.rel().equals("xcomp") || t.rel().equals("ccomp")
          || (t.isPos("NOUN") && t.rel().equals("obl"));
      t = s.token(t.head());
      if (infinitive && objectControl.contains(t.lemma())) {
        return args.read(t, List.of("obj", "iobj"), transitive);
      }
      if (t.isVerb()) {
        ArgumentActors subj = args.read(t, List.of("subj"), transitive);
        if (!subj.isEmpty()) {
          return subj;
        }
      }
    }
    return ArgumentActors.NONE;
  }

  private static List<Actor> implicitTarget(EventPattern p, Actor source, ArticleActors actors) {
    if (PROTEST_ROOTS.contains(p.root())) {
      String home = actors.homeCountry() != null ? actors.homeCountry() : source.country();
      List<Actor> one = new ArrayList<>();
      one.add(home == null ? null : new Actor(null, null, home, null, "GOV"));
      return one;
    }
    if (DOMESTIC_ROOTS.contains(p.root()) && actors.homeCountry() != null) {
      // "Regierungsvertreter wiesen die Vorwürfe zurück", "die EU kritisierte das Verfahren": a conflict whose
      // target is a thing, not an actor, is aimed at the country the article is about.
      return List.of(new Actor(null, null, actors.homeCountry(), null, null));
    }
    return List.of();
  }
}
