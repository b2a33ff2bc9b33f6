package dev.parallax.feed;

import dev.parallax.fetch.FetchException;
import dev.parallax.fetch.Fetched;
import dev.parallax.fetch.Fetcher;
import dev.parallax.store.StoreException;
import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adding sources the way users do: a feed URL, a site URL whose feed is discovered from its
 * {@code <link rel="alternate">}, or an OPML file from another reader; and exporting them back to OPML.
 */
public final class Subscriptions {

  private final SourceStore store;
  private final Fetcher fetcher;
  private final FeedParser parser;

  public Subscriptions(SourceStore store, Fetcher fetcher, InstantSource clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.parser = new FeedParser(clock);
  }

  /** Why a URL could not be added: no feed there, or it could not be fetched. */
  public static final class NoFeedException extends Exception {
    public NoFeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Adds the feed at {@code wanted.url()}, or the first feed the page there announces. What the user gave
   * (name, category, ...) wins over what the feed says about itself.
   */
  public SourceStore.AddResult add(NewSource wanted) throws NoFeedException, StoreException {
    URI uri;
    try {
      uri = URI.create(wanted.url().strip());
    } catch (IllegalArgumentException e) {
      throw new NoFeedException("not a URL: " + wanted.url(), e);
    }
    var existing = store.sourceByUrl(uri.toString());
    if (existing.isPresent()) return new SourceStore.AddResult.Existing(existing.get());
    Fetched first = fetch(uri);
    FeedParseException notFeed;
    try {
      ParsedFeed feed = parser.parse(first.body(), first.contentType(), first.uri());
      return store.add(merge(wanted, uri.toString(), feed, null, null));
    } catch (FeedParseException e) {
      notFeed = e;
    }
    FeedDiscovery.Found found = FeedDiscovery.inPage(first.body(), first.contentType(), first.uri());
    if (found.feeds().isEmpty())
      throw new NoFeedException(uri + " is not a feed (" + notFeed.reason() + ") and announces none", notFeed);
    List<String> problems = new ArrayList<>();
    for (String candidate : found.feeds()) {
      var known = store.sourceByUrl(candidate);
      if (known.isPresent()) return new SourceStore.AddResult.Existing(known.get());
      try {
        Fetched f = fetch(URI.create(candidate));
        ParsedFeed feed = parser.parse(f.body(), f.contentType(), f.uri());
        return store.add(merge(wanted, candidate, feed, first.uri().toString(), found.icon()));
      } catch (NoFeedException | FeedParseException | IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    throw new NoFeedException("no usable feed at " + uri + ": " + String.join("; ", problems), null);
  }

  private Fetched fetch(URI uri) throws NoFeedException {
    try {
      return fetcher.fetch(uri);
    } catch (FetchException e) {
      throw new NoFeedException("cannot fetch " + e.getMessage(), e);
    }
  }

  private static NewSource merge(NewSource wanted, String url, ParsedFeed feed, String site, String siteIcon) {
    String name = wanted.name() != null ? wanted.name() : feed.title();
    String homepage = wanted.homepage() != null ? wanted.homepage() : feed.homepage() != null ? feed.homepage() : site;
    String icon = wanted.icon() != null ? wanted.icon() : feed.icon() != null ? feed.icon() : siteIcon;
    return new NewSource(url, name, homepage, icon, wanted.category(), wanted.membersOnly(), wanted.interval());
  }

  /** The outcome of an OPML import. */
  public record ImportReport(int added, int existing, List<String> problems) {
    public ImportReport {
      problems = List.copyOf(problems);
    }
  }

  /** Adds every feed an OPML file lists, with its folder as category; nothing is fetched. */
  public ImportReport importOpml(byte[] opml, String origin) throws FeedParseException, StoreException {
    int added = 0;
    int existing = 0;
    List<String> problems = new ArrayList<>();
    for (NewSource s : Opml.read(opml, origin)) {
      String abs = FeedParser.absolute(null, s.url());
      if (abs == null) {
        problems.add(origin + ": skipped '" + s.url() + "': not an http(s) URL");
        continue;
      }
      NewSource n = new NewSource(abs, s.name(), s.homepage(), s.icon(), s.category(), s.membersOnly(), s.interval());
      switch (store.add(n)) {
        case SourceStore.AddResult.Added a -> added++;
        case SourceStore.AddResult.Existing e -> existing++;
      }
    }
    return new ImportReport(added, existing, problems);
  }

  public String exportOpml() throws StoreException {
    return Opml.write(store.sources(), "Parallax sources");
  }
}
