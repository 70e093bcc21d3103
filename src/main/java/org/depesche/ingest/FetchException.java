package org.depesche.ingest;

import java.io.IOException;
import java.net.URI;

/**
 * A URL that could not be fetched. The message is one line, {@code http://x/y: HTTP 404}; {@link #reason()} is the
 * part after the URL, for reports that name the URL themselves.
 */
public final class FetchException extends IOException {
  private final transient URI uri;
  private final String reason;
  private final int status;

  public FetchException(URI uri, String reason) {
    this(uri, reason, 0);
  }

  /** A failure the server answered with an error {@code status} (404, 503, ...). */
  public FetchException(URI uri, String reason, int status) {
    super(uri + ": " + reason);
    this.uri = uri;
    this.reason = reason;
    this.status = status;
  }

  /** The HTTP status of the server's answer, or 0 when there was none (no connection, a timeout, robots.txt). */
  public int status() {
    return status;
  }

  /** The URL that was asked for. */
  public URI uri() {
    return uri;
  }

  /**
   * What went wrong, without the URL: {@code HTTP 404}, {@code disallowed by robots.txt}, {@code timed out after 20 s}.
   */
  public String reason() {
    return reason;
  }
}
