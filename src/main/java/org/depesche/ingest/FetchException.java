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

  public FetchException(URI uri, String reason) {
    super(uri + ": " + reason);
    this.uri = uri;
    this.reason = reason;
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
