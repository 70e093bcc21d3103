package org.depesche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP's German or English pipeline behind {@link LinguisticAnnotator}. The only class that sees CoreNLP types:
 * it converts them to {@link Sentence} and {@link Token} records at once.
 *
 * <p>Tagging (tokenize, ssplit, mwt, pos, ner) runs on the whole text; the dependency parser, about
 * three fifths of all time, runs only on the sentences the caller's predicate selects. Loading takes
 * 10-15 s and about 800 MB of heap, so build one instance per JVM and share it.
 */
public final class CoreNlpAnnotator implements LinguisticAnnotator {
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final GermanLemmatizer lemmatizer;

  /** @param lemmatizer German lemmas from LanguageTool, or null where CoreNLP's own lemma annotator runs (English) */
  private CoreNlpAnnotator(StanfordCoreNLP tagger, StanfordCoreNLP parser, GermanLemmatizer lemmatizer) {
    this.tagger = tagger;
    this.parser = parser;
    this.lemmatizer = lemmatizer;
  }

  /** Loads the German models from the classpath. */
  public static CoreNlpAnnotator german() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    props.setProperty("tokenize.language", "de");
    props.setProperty("tokenize.postProcessor",
        "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
    // "US-Präsident", "Yoon Suk-yeol": keep hyphenated words whole, actors are read from them.
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_German.gz");
    parse.setProperty("depparse.language", "german");
    parse.setProperty("enforceRequirements", "false");
    return new CoreNlpAnnotator(new StanfordCoreNLP(props), new StanfordCoreNLP(parse), new GermanLemmatizer());
  }

  /**
   * Loads the English models (the {@code models} jar) from the classpath, with the fast NER settings: no
   * fine-grained classes, no SUTime, no numeric classifiers (157 instead of 26 sentences a second).
   */
  public static CoreNlpAnnotator english() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    parse.setProperty("enforceRequirements", "false");
    return new CoreNlpAnnotator(new StanfordCoreNLP(props), new StanfordCoreNLP(parse), null);
  }

  /**
   * Runs CoreNLP's tokenize, ssplit and pos alone over {@code texts}: the throughput ceiling of any coder built
   * on CoreNLP, for benchmarks.
   */
  public static void tagOnly(List<String> texts, int threads) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.language", "de");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger");
    StanfordCoreNLP pipeline = TAG_ONLY.updateAndGet(p -> p != null ? p : new StanfordCoreNLP(props));
    pipeline.annotate(texts.stream().map(Annotation::new).toList(), threads, done -> { });
  }

  private static final java.util.concurrent.atomic.AtomicReference<StanfordCoreNLP> TAG_ONLY =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * English CoreNLP tags with Penn Treebank tags; Depesche's rules read Universal Dependencies tags (German's
   * tagger gives those already, so German tags pass unchanged).
   */
  private static final java.util.Map<String, String> UPOS = PennTags.TO_UPOS;

  @Override
  public List<Sentence> annotate(String text, Predicate<List<Token>> worthParsing) {
    GluedSentences glued = GluedSentences.of(text);
    Annotation doc = new Annotation(glued.spaced());
    tagger.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tagged = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (lemmatizer != null) {
        retagMissingVerb(s);
      }
      List<Token> tokens = tokens(s, null, glued);
      tagged.add(tokens);
      if (worthParsing.test(tokens)) {
        toParse.add(s);
      }
    }
    if (!toParse.isEmpty()) {
      Annotation subset = new Annotation(glued.spaced());
      subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(subset);
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      List<Token> parsed = graph == null ? null : Datelines.detach(tokens(s, graph, glued));
      List<Token> tokens = graph == null ? tagged.get(i)
          : lemmatizer == null ? EnglishParticles.join(parsed) : joinParticles(parsed);
      int begin = glued.original(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      int end = glued.original(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      out.add(new Sentence(i, begin, end, text.substring(begin, end), tokens, graph != null));
    }
    return out;
  }

  private List<Token> tokens(CoreMap sentence, SemanticGraph graph, GluedSentences glued) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] rels = new String[labels.size()];
    java.util.Arrays.fill(heads, graph == null ? Token.UNPARSED : -1);
    java.util.Arrays.fill(rels, "");
    if (graph != null) {
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dep = edge.getDependent().index() - 1;
        heads[dep] = edge.getGovernor().index() - 1;
        rels[dep] = edge.getRelation().toString();
      }
      for (IndexedWord root : graph.getRoots()) {
        rels[root.index() - 1] = "root";
      }
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String pos = l.tag() == null ? "X" : l.tag();
      String ner = l.ner() == null ? "O" : l.ner();
      String lemma = lemmatizer != null ? lemmatizer.lemma(l.word(), pos) : l.lemma() != null ? l.lemma() : l.word();
      tokens.add(new Token(i, l.word(), lemma, UPOS.getOrDefault(pos, pos), ner, glued.original(l.beginPosition()),
          glued.original(l.endPosition()), heads[i], rels[i]));
    }
    return tokens;
  }

  /**
   * The tagger sometimes reads a sentence's only finite verb as an adjective ("In Tiflis protestierten
   * Tausende"). A sentence without a verb whose adjective LanguageTool knows as a finite verb form gets that
   * word retagged as a verb, before the parser sees it.
   */
  private void retagMissingVerb(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel l : labels) {
      if ("VERB".equals(l.tag()) || "AUX".equals(l.tag())) {
        return;
      }
    }
    for (CoreLabel l : labels) {
      if ("ADJ".equals(l.tag()) && lemmatizer.finiteVerbLemma(l.word()) != null) {
        l.setTag("VERB");
        return;
      }
    }
  }

  /** German separable verbs: "teilte ... mit" is one verb, "mitteilen". */
  private static List<Token> joinParticles(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    for (Token t : tokens) {
      if (t.rel().equals("compound:prt") && t.head() >= 0) {
        Token verb = out.get(t.head());
        String particle = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!verb.lemma().startsWith(particle)) {
          out.set(verb.index(), verb.withLemma(particle + verb.lemma()));
        }
      }
    }
    return out;
  }
}
