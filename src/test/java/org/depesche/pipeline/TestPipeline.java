package org.depesche.pipeline;

/** One German pipeline for all tests that need the real CoreNLP models (loading takes 10-15 s). */
public final class TestPipeline {
  private static Pipeline pipeline;

  private TestPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipeline.german();
    }
    return pipeline;
  }
}
