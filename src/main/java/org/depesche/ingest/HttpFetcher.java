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
 * Fetches web pages and feeds politely: it says who it is, obeys each site's robots.txt (RFC 9309: a missing file
 * allows everything, an unreachable one, 5xx or no connection, allows nothing), waits between two requests to the
 * same site (a second, or the site's {@code Crawl-delay} up to a minute), asks for gzip, fetches a feed again only
 * when it changed ({@code ETag}, {@code Last-Modified}), gives up after a timeout and refuses bodies over
 * {@value #MAX_BODY_BYTES} bytes, compressed or not. Safe to share between threads; robots.txt files are cached per
 * site for a day, an unreachable one for {@value #ROBOTS_RETRY_MINUTES} minutes.
 */
public final class HttpFetcher {
  public static final String USER_AGENT = "Depesche/0.1 (+https://github.com/depesche/depesche)";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  /** The product token robots.txt groups are matched against. */
  private static final String ROBOTS_AGENT = "Depesche";
  /** RFC 9309 asks crawlers not to trust a cached robots.txt for longer. */
  private static final Duration ROBOTS_LIFETIME = Duration.ofHours(24);
  /** How long an unreachable robots.txt keeps its site closed before it is asked again. */
  static final int ROBOTS_RETRY_MINUTES = 10;
  /** The pause between two requests to one site unless its robots.txt asks for a longer one. */
  public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);
  /** The longest Crawl-delay obeyed: a site that asks for more gets this, not a stalled crawler. */
  static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);
  private static final int MAX_REDIRECTS = 5;
  private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/xml;q=0.9,*/*;q=0.8";

  private final HttpClient client;
  private final Duration timeout;
  private final Duration hostDelay;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
  /** When each site may next be asked: a request reserves its slot, so threads share a site's pace. */
  private final Map<String, Instant> nextRequest = new java.util.HashMap<>();
  /** The validators and body of each feed fetched, for conditional requests. */
  private final Map<URI, Validated> feeds = new ConcurrentHashMap<>();

  /** A fetcher with the default timeout of 20 seconds and a second between requests to one site. */
  public HttpFetcher() {
    this(DEFAULT_TIMEOUT);
  }

  /** A fetcher that gives up on connecting, and separately on a whole request, after {@code timeout}. */
  public HttpFetcher(Duration timeout) {
    this(timeout, DEFAULT_HOST_DELAY);
  }

  /**
   * A fetcher that gives up after {@code timeout} and waits at least {@code hostDelay} between two requests to the
   * same site (longer where its robots.txt sets a Crawl-delay).
   */
  public HttpFetcher(Duration timeout, Duration hostDelay) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("the delay between requests must not be negative: " + hostDelay);
    }
    this.timeout = timeout;
    this.hostDelay = hostDelay;
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
    return follow(uri, true, null).fetched();
  }

  /**
   * Fetches a feed as {@link #fetch} does, but conditionally once it was fetched: with the {@code ETag} and
   * {@code Last-Modified} the server gave last time, so a feed that did not change comes back as a bodyless 304 and
   * the body kept from last time is returned.
   */
  public Fetched fetchFeed(URI uri) throws FetchException {
    Validated last = feeds.get(uri);
    Answer answer = follow(uri, true, last);
    if (answer.status() == 304 && last != null) {
      return last.fetched();
    }
    Optional<String> etag = answer.headers().firstValue("ETag");
    Optional<String> modified = answer.headers().firstValue("Last-Modified");
    if (etag.isPresent() || modified.isPresent()) {
      feeds.put(uri, new Validated(etag.orElse(null), modified.orElse(null), answer.fetched()));
    }
    return answer.fetched();
  }

  /** A final answer: a 2xx with its body, or a 304 to a conditional request. */
  private record Answer(int status, java.net.http.HttpHeaders headers, Fetched fetched) {}

  /** What a server said about a feed last time, to ask whether it changed since. */
  private record Validated(String etag, String lastModified, Fetched fetched) {}

  private Answer follow(URI asked, boolean obeyRobots, Validated last) throws FetchException {
    URI current = asked;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkHttp(asked, current);
      RobotsTxt rules = obeyRobots ? robotsFor(current) : null;
      if (rules != null && !rules.allows(pathAndQuery(current))) {
        throw failure(asked, current, "disallowed by robots.txt");
      }
      HttpResponse<byte[]> response = send(asked, current, rules, hop == 0 ? last : null);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status == 304 && last != null && hop == 0) {
        return new Answer(status, response.headers(), null);
      }
      if (status / 100 == 3 && location.isPresent()) {
        current = redirectTarget(asked, current, location.get());
        continue;
      }
      if (status / 100 != 2) {
        throw new FetchException(asked, current.equals(asked) ? "HTTP " + status
            : "HTTP " + status + " (redirected to " + current + ")", status);
      }
      byte[] body = decoded(asked, current, response);
      return new Answer(status, response.headers(),
          new Fetched(current, response.headers().firstValue("Content-Type").orElse(""), body));
    }
    throw new FetchException(asked, "more than " + MAX_REDIRECTS + " redirects");
  }

  /** The body as the server meant it: gunzipped when it came gzipped, and still no larger than allowed. */
  private static byte[] decoded(URI asked, URI at, HttpResponse<byte[]> response) throws FetchException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
        .toLowerCase(Locale.ROOT);
    if (encoding.equals("identity") || encoding.isEmpty() || response.body().length == 0) {
      return response.body();
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      throw failure(asked, at, "unsupported Content-Encoding " + encoding);
    }
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
        new java.io.ByteArrayInputStream(response.body()))) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw failure(asked, at, "body larger than " + MAX_BODY_BYTES + " bytes once unpacked");
      }
      return body;
    } catch (java.io.IOException e) {
      throw failure(asked, at, "broken gzip body: " + oneLine(String.valueOf(e.getMessage())));
    }
  }

  /** Waits for the site's turn: at least the delay (or its Crawl-delay) after the last request to it. */
  private void awaitTurn(URI target, RobotsTxt rules) throws FetchException {
    Duration delay = hostDelay;
    if (rules != null && rules.crawlDelay().isPresent()) {
      Duration asked = rules.crawlDelay().get();
      delay = asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked.compareTo(delay) > 0 ? asked : delay;
    }
    if (delay.isZero()) {
      return;
    }
    Instant slot;
    synchronized (nextRequest) {
      Instant now = Instant.now();
      Instant next = nextRequest.getOrDefault(site(target), now);
      slot = next.isAfter(now) ? next : now;
      nextRequest.put(site(target), slot.plus(delay));
    }
    long wait = Duration.between(Instant.now(), slot).toMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(target, "interrupted");
      }
    }
  }

  private HttpResponse<byte[]> send(URI asked, URI target, RobotsTxt rules, Validated last) throws FetchException {
    awaitTurn(target, rules);
    HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(timeout).GET()
        .header("User-Agent", USER_AGENT).header("Accept", ACCEPT).header("Accept-Encoding", "gzip");
    if (last != null && last.etag() != null) {
      builder.header("If-None-Match", last.etag());
    }
    if (last != null && last.lastModified() != null) {
      builder.header("If-Modified-Since", last.lastModified());
    }
    HttpRequest request = builder.build();
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

  private static String site(URI page) {
    return page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getHost().toLowerCase(Locale.ROOT)
        + (page.getPort() >= 0 ? ":" + page.getPort() : "");
  }

  private RobotsTxt robotsFor(URI page) {
    String site = site(page);
    CachedRobots cached = robots.get(site);
    if (cached == null || cached.expires().isBefore(Instant.now())) {
      cached = readRobots(URI.create(site + "/robots.txt"));
      robots.put(site, cached);
    }
    return cached.rules();
  }

  /**
   * The site's rules by RFC 9309 2.3.1: the file's rules when it is there; none when it is not (4xx); and when it
   * cannot be read (5xx, a timeout, no connection), the site is closed until it is asked again a little later.
   */
  private CachedRobots readRobots(URI robotsTxt) {
    Instant now = Instant.now();
    try {
      Fetched file = follow(robotsTxt, false, null).fetched();
      return new CachedRobots(RobotsTxt.parse(new String(file.body(), StandardCharsets.UTF_8), ROBOTS_AGENT),
          now.plus(ROBOTS_LIFETIME));
    } catch (FetchException e) {
      if (e.status() / 100 == 4) {
        return new CachedRobots(RobotsTxt.allowAll(), now.plus(ROBOTS_LIFETIME));
      }
      return new CachedRobots(RobotsTxt.disallowAll(), now.plus(Duration.ofMinutes(ROBOTS_RETRY_MINUTES)));
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
