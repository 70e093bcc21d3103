package org.depesche.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, checked: data flows one way (article, sentences, actors, events, dates, store), so a
 * package never imports one that comes after it, and no two packages import each other.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.depesche");
  }

  @Test
  void no_two_packages_import_each_other() {
    slices().matching("org.depesche.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void each_layer_is_used_only_by_those_after_it() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("internal").definedBy("org.depesche.internal..")
        .layer("article").definedBy("org.depesche.article..")
        .layer("nlp").definedBy("org.depesche.nlp..")
        .layer("place").definedBy("org.depesche.place..")
        .layer("time").definedBy("org.depesche.time..")
        .layer("actor").definedBy("org.depesche.actor..")
        .layer("event").definedBy("org.depesche.event..")
        .layer("pipeline").definedBy("org.depesche.pipeline..")
        .layer("store").definedBy("org.depesche.store..")
        .layer("ingest").definedBy("org.depesche.ingest..")
        .layer("web").definedBy("org.depesche.web..")
        .layer("eval").definedBy("org.depesche.eval..")
        .layer("cli").definedBy("org.depesche.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "web", "cli")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("ingest", "eval", "cli")
        .whereLayer("event").mayOnlyBeAccessedByLayers("pipeline", "store", "ingest", "web", "eval", "cli")
        .whereLayer("actor").mayOnlyBeAccessedByLayers("event", "pipeline", "store", "ingest", "web", "eval", "cli")
        .whereLayer("time").mayOnlyBeAccessedByLayers("event", "pipeline", "store", "ingest", "web", "eval", "cli")
        .whereLayer("place").mayOnlyBeAccessedByLayers("actor", "event", "pipeline", "store", "ingest", "web", "eval",
            "cli")
        .whereLayer("nlp").mayOnlyBeAccessedByLayers("place", "time", "actor", "event", "pipeline", "ingest", "eval",
            "cli")
        .whereLayer("article").mayOnlyBeAccessedByLayers("nlp", "place", "time", "actor", "event", "pipeline", "store",
            "ingest", "web", "eval", "cli")
        .check(classes);
  }

  @Test
  void only_the_annotator_speaks_to_corenlp() {
    noClasses().that().resideOutsideOfPackage("org.depesche.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .because("CoreNLP's annotations are turned into Depesche's own records in nlp, and nowhere else")
        .check(classes);
  }

  @Test
  void sql_stays_in_the_store() {
    noClasses().that().resideOutsideOfPackage("org.depesche.store..")
        .should().dependOnClassesThat().resideInAPackage("java.sql..")
        .because("the store answers typed queries; nobody else writes SQL or reads rows by position")
        .check(classes);
  }
}
