package org.depesche.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.depesche.article.InvalidInputException;
import org.jsoup.Jsoup;

/** Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome into their entries' links, titles and dates. */
final class FeedReader {
  /** The root elements of RSS 2.0, Atom and RSS 1.0 (rdf:RDF). */
  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");
  /**
   * Rome keeps only the instant of a feed date, not its offset; German newsrooms date their items in Berlin time,
   * so that is the calendar day the article's own page would show.
   */
  private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Berlin");
  private static final XMLInputFactory XML = rootSniffer();
  /** Far deeper than any feed (rss, channel, item, a title with some markup); see {@link #nestedTooDeep}. */
  static final int MAX_DEPTH = 100;

  private FeedReader() {}

  /**
   * Whether {@code bytes} are an XML document whose root is a feed. Only the prolog and the root tag are read, so a
   * feed that is broken further down still counts and is reported when {@link #entries} parses it.
   */
  static boolean isFeed(byte[] bytes) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamReader.START_ELEMENT) {
            return FEED_ROOTS.contains(reader.getLocalName());
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException notXml) {
      return false;
    }
    return false;
  }

  /**
   * Whether the document's elements nest deeper than {@link #MAX_DEPTH}, read as a stream. Rome's JDOM checks every
   * new element against all its ancestors, so a document of 60,000 nested tags took minutes (found by fuzzing); a
   * feed nests a handful deep. A document that is not well-formed before that depth is left for Rome to report.
   */
  private static boolean nestedTooDeep(byte[] bytes) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        int depth = 0;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamReader.START_ELEMENT && ++depth > MAX_DEPTH) {
            return true;
          }
          if (event == XMLStreamReader.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException notWellFormed) {
      return false;
    }
    return false;
  }

  private static XMLInputFactory rootSniffer() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // never resolve a DTD or external entity of a document from the web
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /**
   * Parses a feed.
   *
   * @param contentType the HTTP Content-Type, whose charset Rome weighs against the XML declaration; empty for files
   * @param base        the feed's own URL, against which relative entry links are resolved; null for files
   * @return the entries in feed order, each link once
   * @throws InvalidInputException when the bytes are not a well-formed RSS or Atom feed
   */
  static List<FeedEntry> entries(byte[] bytes, String contentType, URI base) {
    if (nestedTooDeep(bytes)) {
      throw new InvalidInputException("not a readable RSS or Atom feed: elements nested more than " + MAX_DEPTH
          + " deep");
    }
    SyndFeed feed;
    try (XmlReader xml = contentType.isBlank()
        ? new XmlReader(new ByteArrayInputStream(bytes), true)
        : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InvalidInputException("not a readable RSS or Atom feed: " + oneLine(e.getMessage()));
    }
    List<FeedEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = absolute(entry.getLink(), base);
      if (link == null || seen.add(link)) {
        entries.add(new FeedEntry(link, plainText(entry.getTitle()), day(entry)));
      }
    }
    return entries;
  }

  private static String absolute(String link, URI base) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String trimmed = link.strip();
    if (base == null) {
      return trimmed;
    }
    try {
      return base.resolve(trimmed).toString();
    } catch (IllegalArgumentException malformed) {
      // left as it is, the fetch reports it
      return trimmed;
    }
  }

  private static LocalDate day(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : LocalDate.ofInstant(date.toInstant(), NEWSROOM_ZONE);
  }

  /** Feed titles may carry markup and entities ({@code <b>Gipfel</b> &amp; mehr}); articles want plain text. */
  private static String plainText(String title) {
    return title == null ? "" : Jsoup.parse(title).text().strip();
  }

  /** A parser's message as one line, cut short: it may quote a whole broken input (found by fuzzing). */
  private static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }
}
