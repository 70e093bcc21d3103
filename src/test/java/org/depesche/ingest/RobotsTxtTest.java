package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  private static RobotsTxt robots(String text) {
    return RobotsTxt.parse(text, "Depesche");
  }

  @Test
  void the_star_group_applies_when_no_group_names_us() {
    RobotsTxt r = robots("""
        User-agent: Googlebot
        Disallow: /

        User-agent: *
        Disallow: /intern/
        """);
    assertThat(r.allows("/politik/wahl.html")).isTrue();
    assertThat(r.allows("/intern/entwurf.html")).isFalse();
  }

  @Test
  void our_own_group_replaces_the_star_group() {
    RobotsTxt r = robots("""
        User-agent: *
        Disallow: /

        # Depesche may read the news, not the archive
        User-agent: depesche
        Disallow: /archiv/
        """);
    assertThat(r.allows("/nachrichten/1")).isTrue();
    assertThat(r.allows("/archiv/1999/")).isFalse();
  }

  @Test
  void agents_are_matched_by_product_token_and_consecutive_agents_share_a_group() {
    RobotsTxt r = robots("""
        User-agent: Bingbot
        User-agent: Depesche/0.1
        Disallow: /privat
        User-agent: *
        Allow: /
        """);
    assertThat(r.allows("/privat/seite")).isFalse();
    assertThat(r.allows("/oeffentlich")).isTrue();
  }

  @Test
  void groups_naming_us_twice_are_merged() {
    RobotsTxt r = robots("""
        User-agent: Depesche
        Disallow: /a/

        User-agent: Depesche
        Disallow: /b/
        """);
    assertThat(r.allows("/a/x")).isFalse();
    assertThat(r.allows("/b/x")).isFalse();
    assertThat(r.allows("/c/x")).isTrue();
  }

  @Test
  void the_longest_matching_rule_wins_and_allow_wins_a_tie() {
    RobotsTxt r = robots("""
        User-agent: *
        Disallow: /politik/
        Allow: /politik/inland/
        Disallow: /politik/inland/entwurf
        Allow: /gleich
        Disallow: /gleich
        """);
    assertThat(r.allows("/politik/ausland/1")).isFalse();
    assertThat(r.allows("/politik/inland/1")).isTrue();
    assertThat(r.allows("/politik/inland/entwurf-3")).isFalse();
    assertThat(r.allows("/gleich/hier")).isTrue();
  }

  @Test
  void an_empty_disallow_allows_everything() {
    RobotsTxt r = robots("""
        User-agent: *
        Disallow:
        """);
    assertThat(r.allows("/")).isTrue();
    assertThat(r.allows("/irgendwas?id=1")).isTrue();
  }

  @Test
  void wildcards_end_anchors_queries_and_umlauts() {
    RobotsTxt r = robots("""
        User-agent: *
        Disallow: /*.pdf$
        Disallow: /*?sessionid=
        Disallow: /städte/
        """);
    assertThat(r.allows("/bericht.pdf")).isFalse();
    assertThat(r.allows("/bericht.pdf.html")).isTrue();
    assertThat(r.allows("/suche?sessionid=42")).isFalse();
    assertThat(r.allows("/st%C3%A4dte/leipzig")).isFalse();
  }

  @Test
  void comments_unknown_lines_and_missing_files_set_no_rules() {
    RobotsTxt r = robots("""
        # nur Kommentare
        Sitemap: https://www.example.de/sitemap.xml
        kein Feld hier
        User-agent: * # alle
        Disallow: /tmp # vorläufig
        """);
    assertThat(r.allows("/tmp/x")).isFalse();
    assertThat(r.allows("/nachrichten")).isTrue();
    assertThat(RobotsTxt.allowAll().allows("/tmp/x")).isTrue();
    assertThat(robots("").allows("/tmp/x")).isTrue();
  }
}
