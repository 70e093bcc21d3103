package org.depesche.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class or method that reads these files or folders of the shared data ({@code ../shared}): without them it
 * is skipped, and reported as skipped with the reason, where an assumption in a {@code @BeforeAll} would leave the
 * class reported as if it had no tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedData.Condition.class)
public @interface NeedsShared {
  /** Paths under {@code ../shared}, as {@code corpora/de-wikinews.jsonl}. */
  String[] value();
}
