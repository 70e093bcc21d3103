/**
 * Getting articles in: from files and folders, WARC archives, RSS and Atom feeds and web pages, fetched politely
 * (robots.txt, a timeout, a size limit). {@link org.depesche.ingest.Sources} is the entry point.
 */
package org.depesche.ingest;
