package org.depesche.actor;

import java.util.Optional;

/**
 * A dictionary word that names an office one person holds at a time ("Kremlchef"): the person named right after
 * it ("Kremlchef Wladimir Putin"), a former holder ("der frühere Kremlchef"), or the holder on the article's date
 * ("der Kremlchef"). When none of these is known, the word is left to {@link DictionaryNames}.
 */
final class OfficeWords implements MentionRecogniser {
  private final ActorLexicon lexicon;
  private final RoleResolver roles;
  private final ApposedNames names;

  OfficeWords(ActorLexicon lexicon, RoleResolver roles, ApposedNames names) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.names = names;
  }

  @Override
  public int read(ScanState s, int at) {
    Optional<ActorLexicon.Entry> match = lexicon.longestMatch(s.words(), at)
        .filter(e -> e.words().size() == 1 && DictionaryNames.KINDS.contains(e.kind()));
    String text = s.text(at, at);
    if (match.isEmpty() || !lexicon.offices().namesOffice(text)) {
      return at;
    }
    ActorLexicon.Entry e = match.get();
    boolean former = roles.former(s, at, at);
    Optional<ApposedNames.Named> named = names.after(s, at, at + 1, e.country(), e.org(), former ? "ELI" : e.sector());
    if (named.isPresent()) {
      s.add(at, named.get().end(), named.get().actor(), true, named.get().how());
      return named.get().end() + 1;
    }
    if (former) {
      s.add(at, at, new Actor(text, null, e.country(), e.org(), "ELI"), true, "a former holder of the office (ELI)");
      return at + 1;
    }
    // "der Kremlchef" names an office: its holder on the article's date
    Optional<Actor> holder = lexicon.offices().holder(text, e.country() != null ? e.country() : e.org(), s.date(), text);
    if (holder.isEmpty()) {
      return at;
    }
    s.add(at, at, holder.get(), true, "office, held on " + s.date() + " by " + holder.get().name());
    return at + 1;
  }
}
