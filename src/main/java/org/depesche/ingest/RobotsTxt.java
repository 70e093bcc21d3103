package org.depesche.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one site's {@code robots.txt} (RFC 9309) that apply to one crawler: the crawler's own group when the
 * file names it, else the {@code User-agent: *} group, else nothing. Among the rules matching a path the longest
 * wins, and Allow wins a tie between equally long rules.
 */
final class RobotsTxt {
  private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());

  private final List<Rule> rules;

  private RobotsTxt(List<Rule> rules) {
    this.rules = rules;
  }

  /** The rules of a missing or unreadable robots.txt: everything is allowed. */
  static RobotsTxt allowAll() {
    return ALLOW_ALL;
  }

  /**
   * Reads a robots.txt for the crawler whose product token is {@code agent} (matched case-insensitively, so
   * {@code User-agent: depesche} and {@code User-agent: Depesche/0.1} both name {@code Depesche}).
   * Lines that are not {@code field: value} are ignored, as the RFC asks.
   */
  static RobotsTxt parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> own = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    boolean namesOwn = false;
    List<String> groupAgents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\\R")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (field) {
        case "user-agent" -> {
          // consecutive User-agent lines share the rules below them; one after a rule starts a new group
          if (inRules) {
            groupAgents.clear();
            inRules = false;
          }
          String name = productToken(value);
          groupAgents.add(name);
          namesOwn |= name.equals(token);
        }
        case "allow", "disallow" -> {
          inRules = true;
          // an empty path is no rule at all: "Disallow:" allows everything
          if (value.isEmpty()) {
            continue;
          }
          Rule rule = new Rule(field.equals("allow"), value);
          if (groupAgents.contains(token)) {
            own.add(rule);
          }
          if (groupAgents.contains("*")) {
            anyone.add(rule);
          }
        }
        default -> {
          // Sitemap, Crawl-delay and the like do not end a group
        }
      }
    }
    return new RobotsTxt(List.copyOf(namesOwn ? own : anyone));
  }

  /**
   * Whether the crawler may fetch {@code path}: the URL's path with its query, percent-encoded as on the wire
   * ({@code /politik/artikel?id=3}). An empty path means {@code /}.
   */
  boolean allows(String path) {
    String target = encode(path.isEmpty() ? "/" : path);
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.matches(target) && (best == null || rule.length() > best.length()
          || rule.length() == best.length() && rule.allow())) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  private static String productToken(String userAgent) {
    int slash = userAgent.indexOf('/');
    return (slash >= 0 ? userAgent.substring(0, slash) : userAgent).strip().toLowerCase(Locale.ROOT);
  }

  /** Percent-encodes non-ASCII characters so that a rule written as "/städte" matches the wire form "/st%C3%A4dte". */
  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      if (b < 0) {
        out.append('%').append(String.format("%02X", b & 0xff));
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  /** One Allow or Disallow line; its path may hold {@code *} (any characters) and a final {@code $} (end of URL). */
  private record Rule(boolean allow, String path, Pattern pattern) {
    Rule(boolean allow, String path) {
      this(allow, encode(path), compile(encode(path)));
    }

    boolean matches(String target) {
      return pattern.matcher(target).lookingAt();
    }

    int length() {
      return path.length();
    }

    private static Pattern compile(String path) {
      boolean anchored = path.endsWith("$");
      String body = anchored ? path.substring(0, path.length() - 1) : path;
      StringBuilder regex = new StringBuilder();
      for (String literal : body.split("\\*", -1)) {
        if (!regex.isEmpty()) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(literal));
      }
      return Pattern.compile(anchored ? regex + "$" : regex.toString(), Pattern.DOTALL);
    }
  }
}
