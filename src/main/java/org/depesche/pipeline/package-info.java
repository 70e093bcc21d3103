/**
 * Article in, events out. A {@link org.depesche.pipeline.Language} assembles its stages in one visible list
 * ({@link org.depesche.pipeline.German#stages}), in the order they run: {@link org.depesche.pipeline.Annotate}
 * (sentences, tags, parses) → {@link org.depesche.pipeline.FindActors} (actors, quotations) →
 * {@link org.depesche.pipeline.CodeEvents} → {@link org.depesche.pipeline.Qualify} (modality, hearsay, amounts) →
 * {@link org.depesche.pipeline.ResolveDates} → {@link org.depesche.pipeline.LocateEvents} →
 * {@link org.depesche.pipeline.MergeDuplicates}. Each stage is a
 * {@link org.depesche.pipeline.Stage} that adds to the {@link org.depesche.pipeline.CodedArticle} it is given;
 * {@link org.depesche.pipeline.Pipeline} runs the list on any number of threads.
 */
package org.depesche.pipeline;
