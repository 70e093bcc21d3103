package org.depesche.ingest;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web pages and feeds politely: it says who it is, obeys each site's robots.txt, gives up after a timeout
 * and refuses bodies over {@value #MAX_BODY_BYTES} bytes. Safe to share between threads; robots.txt files are
 * cached per site for a day.
 */
public final class HttpFetcher {
  public static final String USER_AGENT = "Depesche/0.1 (+https://github.com/depesche/depesche)";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  /** The product token robots.txt groups are matched against. */
  private static final String ROBOTS_AGENT = "Depesche";
  /** RFC 9309 asks crawlers not to trust a cached robots.txt for longer. */
  private static final Duration ROBOTS_LIFETIME = Duration.ofHours(24);
  private static final int MAX_REDIRECTS = 5;
  private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/xml;q=0.9,*/*;q=0.8";

  private final HttpClient client;
  private final Duration timeout;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

  /** A fetcher with the default timeout of 20 seconds. */
  public HttpFetcher() {
    this(DEFAULT_TIMEOUT);
  }

  /** A fetcher that gives up on connecting, and separately on a whole request, after {@code timeout}. */
  public HttpFetcher(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    // redirects are followed by hand so that every hop is checked against its own site's robots.txt
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Fetches {@code uri} (http or https), following up to five redirects.
   *
   * @return the final URI, content type and body of a 2xx response
   * @throws FetchException when robots.txt forbids the URL, the server answers with an error status, the body is
   *                        too large, the request times out or the connection fails; the message is one line
   */
  public Fetched fetch(URI uri) throws FetchException {
    return follow(uri, true);
  }

  private Fetched follow(URI asked, boolean obeyRobots) throws FetchException {
    URI current = asked;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkHttp(asked, current);
      if (obeyRobots && !robotsFor(current).allows(pathAndQuery(current))) {
        throw failure(asked, current, "disallowed by robots.txt");
      }
      HttpResponse<byte[]> response = send(asked, current);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status / 100 == 3 && location.isPresent()) {
        current = redirectTarget(asked, current, location.get());
        continue;
      }
      if (status / 100 != 2) {
        throw failure(asked, current, "HTTP " + status);
      }
      return new Fetched(current, response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
    throw new FetchException(asked, "more than " + MAX_REDIRECTS + " redirects");
  }

  private HttpResponse<byte[]> send(URI asked, URI target) throws FetchException {
    HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).GET()
        .header("User-Agent", USER_AGENT).header("Accept", ACCEPT).build();
    CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, HttpFetcher::bodySubscriber);
    try {
      // the request timeout stops at the response headers; waiting on the future bounds the body as well,
      // so a server that trickles its page byte by byte cannot hold us
      return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw failure(asked, target, timedOut());
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw failure(asked, target, "interrupted");
    } catch (ExecutionException e) {
      throw failure(asked, target, reason(e.getCause()));
    }
  }

  /** Keeps the body of a success only; error pages and redirect notices are dropped unread. */
  private static BodySubscriber<byte[]> bodySubscriber(ResponseInfo info) {
    if (info.statusCode() / 100 != 2) {
      return BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new LimitedBody(MAX_BODY_BYTES, declared);
  }

  private RobotsTxt robotsFor(URI page) {
    String site = page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getHost().toLowerCase(Locale.ROOT)
        + (page.getPort() >= 0 ? ":" + page.getPort() : "");
    CachedRobots cached = robots.get(site);
    if (cached == null || cached.expires().isBefore(Instant.now())) {
      cached = new CachedRobots(readRobots(URI.create(site + "/robots.txt")), Instant.now().plus(ROBOTS_LIFETIME));
      robots.put(site, cached);
    }
    return cached.rules();
  }

  private RobotsTxt readRobots(URI robotsTxt) {
    try {
      return RobotsTxt.parse(new String(follow(robotsTxt, false).body(), StandardCharsets.UTF_8), ROBOTS_AGENT);
    } catch (FetchException e) {
      // a site without a readable robots.txt has set no rules
      return RobotsTxt.allowAll();
    }
  }

  private String timedOut() {
    long millis = timeout.toMillis();
    return "timed out after " + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms");
  }

  private String reason(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (e instanceof LimitedBody.BodyTooLargeException) {
      return e.getMessage();
    }
    if (e instanceof ConnectException) {
      if (e.getCause() instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      String message = e.getMessage();
      return message == null || message.isBlank() ? "cannot connect" : "cannot connect: " + oneLine(message);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static void checkHttp(URI asked, URI target) throws FetchException {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null) {
      throw failure(asked, target, "not an http or https URL");
    }
  }

  private static URI redirectTarget(URI asked, URI current, String location) throws FetchException {
    try {
      return current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw failure(asked, current, "redirect to a malformed URL: " + oneLine(location));
    }
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** A failure of {@code asked}, saying where it happened when a redirect led elsewhere. */
  private static FetchException failure(URI asked, URI at, String reason) {
    return new FetchException(asked, at.equals(asked) ? reason : reason + " (redirected to " + at + ")");
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private record CachedRobots(RobotsTxt rules, Instant expires) {}
}
