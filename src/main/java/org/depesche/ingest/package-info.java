/**
 * Getting articles in: from files and folders, WARC archives, RSS and Atom feeds and web pages, fetched politely
 * (robots.txt, a timeout, a size limit), and coded into the event store. {@link org.depesche.ingest.Sources} reads,
 * {@link org.depesche.ingest.Ingestor} codes and stores; neither knows the command line, so other drivers (a
 * batch job, a server) can use them as they are.
 */
package org.depesche.ingest;
