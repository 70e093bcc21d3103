package org.depesche.spark;

import java.util.List;
import org.depesche.pipeline.Language;
import org.depesche.pipeline.Pipeline;

/**
 * The pipeline of this JVM, loaded by the first task that needs it and shared by every task after it: an executor
 * loads the models once (10-15 s, about 1.2 GB of heap), and its cores code their partitions with the one
 * thread-safe pipeline. Nothing of it is serialised; each executor builds its own.
 */
final class Models {
  private static volatile Pipeline pipeline;

  private Models() {}

  /** The pipeline for {@code lang}, loaded on the first call in this JVM. */
  static Pipeline pipeline(String lang) {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Models.class) {
        p = pipeline;
        if (p == null) {
          p = Pipeline.of(Language.forCode(lang), List.of());
          pipeline = p;
        }
      }
    }
    if (!p.language().code().equals(lang)) {
      throw new IllegalStateException("this executor codes " + p.language().code() + ", not " + lang);
    }
    return p;
  }
}
