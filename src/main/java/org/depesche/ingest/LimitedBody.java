package org.depesche.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array but gives up, cancelling the download, once it grows past a limit:
 * the JDK's own {@code ofByteArray()} would read a body of any size into memory.
 */
final class LimitedBody implements BodySubscriber<byte[]> {
  private final long limit;
  private final long declaredLength;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  /**
   * @param limit          the most bytes accepted
   * @param declaredLength the Content-Length header, or -1: a body announced as too large is refused unread
   */
  LimitedBody(long limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > limit) {
      tooLarge();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer item : items) {
      if (result.isDone()) {
        return;
      }
      if (bytes.size() + (long) item.remaining() > limit) {
        tooLarge();
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  private void tooLarge() {
    subscription.cancel();
    result.completeExceptionally(new BodyTooLargeException(limit));
  }

  /** The body passed the limit; the fetcher turns this into its one-line message. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
      super("larger than " + limit / (1024 * 1024) + " MB");
    }
  }
}
