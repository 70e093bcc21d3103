package org.depesche.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.EventType;
import org.depesche.event.Modality;
import org.depesche.time.EventDate;

/** A store holding one event of every CAMEO code, for checks that every coding comes out right. */
final class PloverSamples {
  private PloverSamples() {}

  static void fill(EventStore store) {
    CameoOntology cameo = CameoOntology.standard();
    LocalDate day = LocalDate.of(2024, 5, 1);
    Article a = new Article("all", "Alle Codes", null, day, "de", "Ein Satz.");
    List<Event> events = new ArrayList<>();
    for (String line : org.depesche.internal.DataFiles.lines("/depesche/ontology/cameo.tsv")) {
      String code = line.split("\t")[0];
      if (code.equals("code")) {
        continue;
      }
      EventType t = cameo.type(code).orElseThrow();
      events.add(new Event(a, 1, 0, 9, "Ein Satz.", events.size(), "Satz" + events.size(), t,
          new Actor("Berlin", null, "DEU", null, "GOV"), new Actor("Paris", null, "FRA", null, "GOV"),
          EventDate.day(day, EventDate.Basis.PUBLICATION, null), Modality.ASSERTED, false, null, null, 0.5));
    }
    store.add(a, events, "test");
  }
}
