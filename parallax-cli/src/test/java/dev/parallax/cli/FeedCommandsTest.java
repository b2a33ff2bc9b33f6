package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedCommandsTest {

  @TempDir Path dir;
  private HttpServer server;
  private String feedUrl;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext("/feed.xml", ex -> {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 5; p++)
        body.append("<p>Paragraph ").append(p)
            .append(" of the only story: the delegations met for hours and agreed to meet again within weeks.</p>");
      byte[] bytes = ("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
          + "<channel><title>Local Paper</title><link>https://local.example/</link><description>d</description>"
          + "<item><title>The only story</title><link>https://local.example/story</link><guid>s1</guid>"
          + "<pubDate>Tue, 18 Feb 2025 09:00:00 GMT</pubDate><content:encoded><![CDATA[" + body
          + "]]></content:encoded></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void addsFetchesListsExportsAndRemovesSources() throws Exception {
    String data = dir.resolve("data").toString();
    Run refused = run("sources", "add", feedUrl, "--data", data);
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("private address 127.0.0.1");

    Run added = run("sources", "add", feedUrl, "--data", data, "--allow-private-hosts", "--category", "Local", "--members-only");
    assertThat(added.code()).isZero();
    assertThat(added.out()).contains("added: 1 Local Paper");

    Run fetched = run("fetch", "--data", data, "--allow-private-hosts");
    assertThat(fetched.code()).isZero();
    assertThat(fetched.out()).contains("polled 1 source (0 not due): 1 updated").contains("new 1");

    Run again = run("fetch", "--data", data, "--allow-private-hosts");
    assertThat(again.out()).contains("polled 0 sources (1 not due)");

    Run articles = run("articles", "--data", data, "--format", "json");
    assertThat(articles.out()).contains("\"title\":\"The only story\"").contains("\"outlet\":\"Local Paper\"");

    Run list = run("sources", "list", "--data", data, "--format", "json");
    assertThat(list.out()).contains("\"membersOnly\":true").contains("\"category\":\"Local\"").contains("\"lastError\":null");

    Path opml = dir.resolve("subs.opml");
    assertThat(run("sources", "export-opml", "--data", data, "-o", opml.toString()).code()).isZero();
    assertThat(Files.readString(opml)).contains("xmlUrl=\"" + feedUrl + "\"");
    Run imported = run("sources", "import-opml", opml.toString(), "--data", dir.resolve("other").toString());
    assertThat(imported.out()).contains("1 added");

    assertThat(run("sources", "remove", "1", "--data", data).out()).contains("removed: 1");
    assertThat(run("sources", "remove", "1", "--data", data).code()).isEqualTo(1);
    assertThat(run("sources", "list", "--data", data).out()).contains("0 sources");
  }

  @Test
  void fetchRecordsAFailingSourceAndExitsOne() throws Exception {
    String data = dir.resolve("data").toString();
    String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/missing.xml";
    Path opml = dir.resolve("one.opml");
    Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"Gone\" xmlUrl=\"" + missing + "\"/></body></opml>");
    assertThat(run("sources", "import-opml", opml.toString(), "--data", data).code()).isZero();
    Run fetched = run("fetch", "--data", data, "--allow-private-hosts");
    assertThat(fetched.code()).isEqualTo(1);
    assertThat(fetched.err()).contains("failed: Gone").contains("HTTP 404");
    assertThat(run("sources", "list", "--data", data).out()).contains("ERROR (1x)").contains("HTTP 404");
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParallaxCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
