package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.server.ServerOptions;
import dev.parallax.server.WebServer;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the reader's web app and the JSON API (/api, documented at /api/openapi.json) on the store.",
      "Editors mark picks with the token from --admin-token or $PARALLAX_ADMIN_TOKEN. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default 8080; 0 for any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for all).")
  String host;

  @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Token that allows marking editors' picks (default: $PARALLAX_ADMIN_TOKEN).")
  String adminToken;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options = ServerOptions.of(host, port, adminToken, System.getenv());
    CountDownLatch stopped = new CountDownLatch(1);
    try (Parallax parallax = data.open();
        WebServer server = new WebServer(parallax, options, InstantSource.system())) {
      int bound = server.start();
      Thread hook = new Thread(stopped::countDown, "parallax-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      String shown = host.equals("0.0.0.0") ? "localhost" : host;
      out.println("Parallax is serving " + parallax.store().articleCount() + " articles at http://" + shown + ":" + bound + "/");
      out.println(options.adminToken() == null ? "Editors' picks are read-only (set PARALLAX_ADMIN_TOKEN to edit)." : "Editors' picks can be edited with the admin token.");
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
