package org.depesche.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * What one successful HTTP fetch brought back.
 *
 * @param uri         where the body came from, after redirects
 * @param contentType the Content-Type header ({@code text/html; charset=utf-8}), empty when the server sent none
 * @param body        the body bytes, at most {@link HttpFetcher#MAX_BODY_BYTES}
 */
public record Fetched(URI uri, String contentType, byte[] body) {
  public Fetched {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
    contentType = contentType == null ? "" : contentType;
  }
}
