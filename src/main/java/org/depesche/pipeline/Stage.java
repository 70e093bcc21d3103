package org.depesche.pipeline;

/**
 * One step of the pipeline: pure apart from the resources given to it when built, so each stage can be tested
 * alone and the chain assembled in one place ({@link Pipeline}).
 */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);

  /** This stage followed by {@code next}. */
  default <R> Stage<I, R> then(Stage<O, R> next) {
    return in -> next.apply(apply(in));
  }
}
