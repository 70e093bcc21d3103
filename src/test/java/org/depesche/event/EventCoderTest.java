package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.depesche.internal.LanguageFiles;
import org.junit.jupiter.api.Test;

/** The coder's steps and its coding policy on literal parses: one rule a test. */
class EventCoderTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final PatternBook PATTERNS = PatternBook.german(CAMEO);
  private static final CodingPolicy POLICY = CodingPolicy.standard();
  private static final EventCoder CODER = new EventCoder(PATTERNS, CAMEO, POLICY, LanguageFiles.german());

  private static final String STATEMENT_IN_VILNIUS = """
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 erklärte erklären VERB 0 root
      3 in in ADP 4 case
      4 Vilnius Vilnius PROPN 2 obl LOCATION
      5 , , PUNCT 9 punct
      6 die der DET 7 det
      7 Lage Lage NOUN 9 nsubj
      8 sei sein AUX 9 cop
      9 ernst ernst ADJ 2 ccomp
      10 . . PUNCT 2 punct
      """;

  /** "Macron besuchte Berlin. „Wir danken für die Unterstützung“, sagte Scholz." */
  private static final String THANKS = """
      1 Macron Macron PROPN 2 nsubj PERSON
      2 besuchte besuchen VERB 0 root
      3 Berlin Berlin PROPN 2 obj LOCATION
      4 . . PUNCT 2 punct

      1\t„\t„\tPUNCT\t_\t_\t3\tpunct\t_\tSpaceAfter=No
      2 Wir ich PRON 3 nsubj
      3 danken danken VERB 9 ccomp
      4 für für ADP 6 case
      5 die der DET 6 det
      6\tUnterstützung\tUnterstützung\tNOUN\t_\t_\t3\tobl\t_\tSpaceAfter=No
      7\t“\t“\tPUNCT\t_\t_\t6\tpunct\t_\tSpaceAfter=No
      8 , , PUNCT 3 punct
      9 sagte sagen VERB 0 root
      10 Scholz Scholz PROPN 9 nsubj PERSON
      11 . . PUNCT 9 punct
      """;

  private static List<Event> code(EventCoder coder, LiteralParse text) {
    return coder.code(text.article, text.sentences, text.actors, text.quotes);
  }

  /** The events as "SRC>TGT root confidence". */
  private static List<String> events(EventCoder coder, LiteralParse text) {
    return code(coder, text).stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
        + " " + e.type().root() + " " + e.confidence()).toList();
  }

  private static List<String> events(String conllu) {
    return events(CODER, LiteralParse.of(conllu));
  }

  @Test
  void named_source_and_target_give_an_event_of_the_named_source_confidence() {
    assertThat(events(Parses.CONSULTS)).containsExactly("POL>LTU 04 0.8");
  }

  @Test
  void coordinated_subjects_of_a_symmetric_event_act_on_each_other() {
    assertThat(events("""
        1 Polen Polen PROPN 4 nsubj LOCATION
        2 und und CCONJ 3 cc
        3 Litauen Litauen PROPN 1 conj LOCATION
        4 berieten beraten VERB 0 root
        5 über über ADP 7 case
        6 die der DET 7 det
        7 Grenze Grenze NOUN 4 obl
        8 . . PUNCT 4 punct
        """)).containsExactly("POL>LTU 04 0.8");
  }

  @Test
  void the_subject_of_the_governing_clause_stands_in_with_less_confidence() {
    assertThat(events(Parses.DECLARES_TALKS)).containsExactly("POL>LTU 04 0.6");
  }

  @Test
  void a_plain_statement_without_a_named_target_is_no_event() {
    assertThat(events(STATEMENT_IN_VILNIUS)).isEmpty();
  }

  @Test
  void a_policy_may_let_a_statement_take_another_actor_of_its_clause_as_target() {
    CodingPolicy.Roots roots = POLICY.roots();
    CodingPolicy guessing = new CodingPolicy(POLICY.confidence(),
        new CodingPolicy.Roots(Set.of(), roots.protest(), roots.addressedInQuotation(), roots.domestic(),
            roots.occurred()),
        POLICY.assault());
    assertThat(events(new EventCoder(PATTERNS, CAMEO, guessing, LanguageFiles.german()), LiteralParse.of(STATEMENT_IN_VILNIUS)))
        .containsExactly("POL>LTUGOV 01 0.8");
  }

  @Test
  void a_protest_without_a_target_is_against_the_home_government() {
    assertThat(events("""
        1 Georgische georgisch ADJ 2 amod
        2 Studenten Student NOUN 3 nsubj
        3 protestierten protestieren VERB 0 root
        4 . . PUNCT 3 punct
        """)).containsExactly("GEOCVL>GEOGOV 14 0.5");
  }

  @Test
  void an_agentless_arrest_is_the_home_countrys() {
    List<String> events = events("""
        1 Die der DET 2 det
        2 Proteste Protest NOUN 5 nsubj
        3 in in ADP 4 case
        4 Georgien Georgien PROPN 2 nmod LOCATION
        5 dauern andauern VERB 0 root
        6 an an ADP 5 compound:prt
        7 . . PUNCT 5 punct

        1 Elf Elf NUM 2 nummod
        2 Demonstranten Demonstrant NOUN 7 nsubj:pass
        3 wurden werden AUX 7 aux:pass
        4 an an ADP 6 case
        5 dem der DET 6 det
        6 Montag Montag PROPN 7 obl
        7 festgenommen festnehmen VERB 0 root
        8 . . PUNCT 7 punct
        """);
    assertThat(events).filteredOn(e -> e.contains(" 17 ")).containsExactly("GEO>GEOCVL 17 0.5");
  }

  @Test
  void an_untargeted_thanks_in_a_quotation_addresses_the_last_other_actor() {
    LiteralParse text = LiteralParse.of(THANKS, LocalDate.of(2023, 6, 1));
    assertThat(events(CODER, text)).filteredOn(e -> e.contains(" 05 "))
        .extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("DEUGOV>FRAGOV 05");
  }

  @Test
  void an_actor_found_through_a_pronoun_lowers_the_confidence_by_the_penalty() {
    LiteralParse text = LiteralParse.of(THANKS, LocalDate.of(2023, 6, 1));
    Event thanks = code(CODER, text).stream().filter(e -> e.type().root().equals("05")).findFirst().orElseThrow();
    assertThat(thanks.confidence())
        .isEqualTo(POLICY.confidence().namedSource() - POLICY.confidence().indirectReferencePenalty());
  }

  /** "Ein russisches Gericht verurteilte einen amerikanischen Journalisten zu zwölf Jahren Haft." */
  private static final String SENTENCED = """
      1 Ein ein DET 3 det
      2 russisches russisch ADJ 3 amod
      3 Gericht Gericht NOUN 4 nsubj
      4 verurteilte verurteilen VERB 0 root
      5 einen ein DET 7 det
      6 amerikanischen amerikanisch ADJ 7 amod
      7 Journalisten Journalist NOUN 4 obj
      8 zu zu ADP 10 case
      9 zwölf zwölf NUM 10 nummod
      10 Jahren Jahr NOUN 4 obl
      11 Haft Haft NOUN 10 nmod
      12 . . PUNCT 4 punct
      """;

  @Test
  void a_court_that_sentences_someone_to_prison_punishes() {
    assertThat(events(SENTENCED)).extracting(e -> e.substring(0, e.lastIndexOf(' ')))
        .containsExactly("RUSJUD>USAMED 17");
  }

  @Test
  void verurteilen_without_a_sentence_condemns() {
    assertThat(events("""
        1 Russland Russland PROPN 2 nsubj LOCATION
        2 verurteilte verurteilen VERB 0 root
        3 den der DET 4 det
        4 Angriff Angriff NOUN 2 obj
        5 der der DET 6 det
        6 Ukraine Ukraine PROPN 4 nmod LOCATION
        7 . . PUNCT 2 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).contains("RUS>UKR 11");
  }

  @Test
  void an_attack_by_unknown_perpetrators_is_assault_not_fighting() {
    assertThat(events("""
        1 Unbekannte Unbekannte NOUN 2 nsubj
        2 griffen angreifen VERB 0 root
        3 die der DET 5 det
        4 russischen russisch ADJ 5 amod
        5 Polizisten Polizist NOUN 2 obj
        6 an an ADP 2 compound:prt
        7 . . PUNCT 2 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("RUSCRM>RUSCOP 18");
  }

  @Test
  void an_attack_by_an_army_stays_fighting() {
    assertThat(events("""
        1 Russische russisch ADJ 2 amod
        2 Truppen Truppe NOUN 3 nsubj
        3 griffen angreifen VERB 0 root
        4 die der DET 5 det
        5 Ukraine Ukraine PROPN 3 obj LOCATION
        6 an an ADP 3 compound:prt
        7 . . PUNCT 3 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("RUSMIL>UKR 19");
  }

  @Test
  void people_gathered_for_a_demonstration_protest_against_the_home_government() {
    assertThat(events("""
        1 Am an ADP 2 case
        2 Montag Montag PROPN 7 obl
        3 hatten haben AUX 8 aux
        4 sich sich PRON 8 obl:arg
        5 300 300 NUM 7 nummod
        6 österreichische österreichisch ADJ 7 amod
        7 Anrainer Anrainer NOUN 8 obj
        8 versammelt versammeln VERB 0 root
        9 zu zu ADP 11 case
        10 einer ein DET 11 det
        11 Demonstration Demonstration NOUN 8 obl
        12 . . PUNCT 8 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("AUTCVL>AUTGOV 14");
  }

  @Test
  void an_investigation_without_a_named_target_is_domestic() {
    assertThat(events("""
        1 Die der DET 3 det
        2 deutsche deutsch ADJ 3 amod
        3 Staatsanwaltschaft Staatsanwaltschaft NOUN 4 nsubj
        4 leitete einleiten VERB 0 root
        5 Ermittlungen Ermittlung NOUN 4 obj
        6 ein ein ADP 4 compound:prt
        7 . . PUNCT 4 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("DEUJUD>DEU 09");
  }

  @Test
  void fighting_for_votes_without_an_opponent_is_no_fight() {
    assertThat(events("""
        1 Die der DET 2 det
        2 FDP FDP PROPN 3 nsubj ORGANIZATION
        3 kämpft kämpfen VERB 0 root
        4 um um ADP 5 case
        5 Wählerstimmen Wählerstimme NOUN 3 obl
        6 . . PUNCT 3 punct
        """)).isEmpty();
  }

  /** The events as "source sector>target sector root": for actors of no country, whose codes are null. */
  private static List<String> sectors(String conllu) {
    return code(CODER, LiteralParse.of(conllu)).stream()
        .map(e -> e.source().sector() + ">" + (e.target() == null ? "-" : e.target().sector()) + " " + e.type().root())
        .toList();
  }

  @Test
  void a_protest_told_only_as_having_happened_is_the_home_countrys_against_its_government() {
    assertThat(events("""
        1 In in ADP 2 case
        2 Leipzig Leipzig PROPN 3 obl LOCATION
        3 fand stattfinden VERB 0 root
        4 eine ein DET 5 det
        5 Mahnwache Mahnwache NOUN 3 nsubj
        6 statt statt ADP 3 compound:prt
        7 . . PUNCT 3 punct
        """)).containsExactly("DEU>DEUGOV 14 0.5");
  }

  @Test
  void criticism_told_only_as_having_happened_names_no_critic() {
    assertThat(events("""
        1 In in ADP 2 case
        2 Leipzig Leipzig PROPN 3 obl LOCATION
        3 gab geben VERB 0 root
        4 es es PRON 3 nsubj
        5 Kritik Kritik NOUN 3 obj
        6 . . PUNCT 3 punct
        """)).isEmpty();
  }

  @Test
  void role_words_of_no_country_are_sides_where_the_text_names_no_country() {
    assertThat(sectors("""
        1 Drei drei NUM 2 nummod
        2 Männer Mann NOUN 3 nsubj
        3 griffen angreifen VERB 0 root
        4 einen ein DET 5 det
        5 Asylsuchenden Asylsuchende NOUN 3 obj
        6 an an ADP 3 compound:prt
        7 . . PUNCT 3 punct
        """)).containsExactly("CVL>REF 18");
  }

  @Test
  void an_agentless_act_on_no_one_named_in_a_text_without_a_country_is_no_event() {
    assertThat(sectors("""
        1 Mehrere mehrere DET 2 det
        2 Scheiben Scheibe NOUN 4 nsubj:pass
        3 wurden werden AUX 4 aux:pass
        4 eingeworfen einwerfen VERB 0 root
        5 . . PUNCT 4 punct
        """)).isEmpty();
  }

  @Test
  void a_damage_without_a_named_victim_in_a_text_without_a_country_has_no_target() {
    assertThat(sectors("""
        1 Unbekannte Unbekannte NOUN 2 nsubj
        2 beschädigten beschädigen VERB 0 root
        3 ein ein DET 4 det
        4 Auto Auto NOUN 2 obj
        5 . . PUNCT 2 punct
        """)).containsExactly("CRM>- 17");
  }

  @Test
  void what_the_parser_hangs_on_the_object_can_be_the_pattern_object() {
    assertThat(events("""
        1 Zwei zwei NUM 2 nummod
        2 Männer Mann NOUN 3 nsubj
        3 setzten setzen VERB 0 root
        4 in in ADP 5 case
        5 Leipzig Leipzig PROPN 3 obl LOCATION
        6 ein ein DET 7 det
        7 Asylbewerberheim Asylbewerberheim NOUN 3 obj
        8 in in ADP 9 case
        9 Brand Brand NOUN 7 nmod
        10 . . PUNCT 3 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("DEUCVL>DEUREF 17");
  }

  @Test
  void an_event_noun_that_is_the_subject_of_its_clause_is_not_done_by_the_actors_of_its_own_phrase() {
    assertThat(events("""
        1 Erneut erneut ADV 2 advmod
        2 fand stattfinden VERB 0 root
        3 in in ADP 4 case
        4 Leipzig Leipzig PROPN 2 obl LOCATION
        5 eine ein DET 6 det
        6 Demonstration Demonstration NOUN 2 nsubj
        7 gegen gegen ADP 9 case
        8 die der DET 9 det
        9 Unterbringung Unterbringung NOUN 6 nmod
        10 Asylsuchender Asylsuchende NOUN 9 nmod
        11 statt statt ADP 2 compound:prt
        12 . . PUNCT 2 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("DEU>DEUREF 14");
  }

  @Test
  void an_object_the_parser_glued_onto_a_place_name_can_be_the_pattern_object() {
    assertThat(events("""
        1 Unbekannte Unbekannte NOUN 9 nsubj
        2 haben haben AUX 9 aux
        3 in in ADP 4 case
        4 Berlin Berlin PROPN 9 obl LOCATION
        5 Hakenkreuze Hakenkreuz NOUN 4 flat
        6 an an ADP 8 case
        7 ein ein DET 8 det
        8 Flüchtlingsheim Flüchtlingsheim NOUN 9 obl
        9 gesprüht sprühen VERB 0 root
        10 . . PUNCT 9 punct
        """)).extracting(e -> e.substring(0, e.lastIndexOf(' '))).containsExactly("DEUCRM>DEUREF 17");
  }
}
