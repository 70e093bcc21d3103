package org.depesche.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one site's {@code robots.txt} (RFC 9309) that apply to one crawler, read by crawler-commons: the
 * crawler's own group when the file names it, else the {@code User-agent: *} group, else nothing; among the rules
 * matching a path the longest wins, and Allow wins a tie. Also the site's {@code Crawl-delay}, if it sets one.
 */
final class RobotsTxt {
  private static final RobotsTxt ALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
  private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));
  /** The rules are checked against a URL of this made-up site; only its path and query matter. */
  private static final String ANY_SITE = "http://robots.invalid";

  private final BaseRobotRules rules;

  private RobotsTxt(BaseRobotRules rules) {
    this.rules = rules;
  }

  /** The rules of a missing robots.txt (4xx): everything is allowed. */
  static RobotsTxt allowAll() {
    return ALLOW_ALL;
  }

  /** The rules of an unreachable robots.txt (5xx, no connection): nothing is allowed, as RFC 9309 asks. */
  static RobotsTxt disallowAll() {
    return DISALLOW_ALL;
  }

  /**
   * Reads a robots.txt for the crawler whose product token is {@code agent} (matched case-insensitively, so
   * {@code User-agent: depesche} and {@code User-agent: Depesche/0.1} both name {@code Depesche}).
   */
  static RobotsTxt parse(String text, String agent) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    return new RobotsTxt(parser.parseContent(ANY_SITE + "/robots.txt", text.getBytes(StandardCharsets.UTF_8),
        "text/plain", List.of(agent.toLowerCase(Locale.ROOT))));
  }

  /**
   * Whether the crawler may fetch {@code path}: the URL's path with its query, percent-encoded as on the wire
   * ({@code /politik/artikel?id=3}). An empty path means {@code /}.
   */
  boolean allows(String path) {
    return rules.isAllowed(ANY_SITE + (path.startsWith("/") ? path : "/" + path));
  }

  /** The pause the site asks for between requests ({@code Crawl-delay}), if it asks for one. */
  Optional<Duration> crawlDelay() {
    long millis = rules.getCrawlDelay();
    return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
  }
}
