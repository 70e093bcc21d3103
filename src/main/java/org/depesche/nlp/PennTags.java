package org.depesche.nlp;

import java.util.Map;

/**
 * Penn Treebank part-of-speech tags, as CoreNLP's English tagger gives them, and the Universal Dependencies tags
 * Depesche's rules read. The English parser needs the Penn tags as its input, so they are mapped only when the
 * tokens become {@link Token} records.
 */
final class PennTags {
  /** Each Penn tag with its Universal Dependencies tag; a tag not listed passes unchanged. */
  static final Map<String, String> TO_UPOS = Map.ofEntries(
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
      Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
      Map.entry("EX", "PRON"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
      Map.entry("IN", "ADP"), Map.entry("RP", "ADP"), Map.entry("TO", "PART"), Map.entry("POS", "PART"),
      Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("UH", "INTJ"), Map.entry("SYM", "SYM"),
      Map.entry("FW", "X"), Map.entry("LS", "X"), Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"),
      Map.entry(":", "PUNCT"), Map.entry("``", "PUNCT"), Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"),
      Map.entry("-RRB-", "PUNCT"), Map.entry("HYPH", "PUNCT"), Map.entry("NFP", "PUNCT"), Map.entry("$", "SYM"),
      Map.entry("#", "SYM"));

  private PennTags() {}
}
