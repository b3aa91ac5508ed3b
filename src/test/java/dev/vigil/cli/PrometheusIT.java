package dev.vigil.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * vigil serve and vigil rules --prometheus against a real Prometheus (Debian's package, which
 * .ci/run installs): promtool accepts the rule file and a scrape, a busy loop under its own
 * name makes the translated alert fire with its severity, its group counts one process, and a
 * secret in another process's command line never reaches /metrics. Every process is ours and
 * is ended by its PID.
 */
class PrometheusIT {
    private static final long DEADLINE_MILLIS = 45_000;
    private final List<Process> spawned = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @AfterEach
    void endEverythingWeStarted() throws InterruptedException {
        for (Process p : spawned) p.destroy(); // SIGTERM to each PID we started
        for (Process p : spawned) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }

    @Test
    void alertFiresInARealPrometheus() throws Exception {
        boolean installed = onPath("prometheus") && onPath("promtool");
        if (!installed && System.getenv("CI") != null) fail("prometheus and promtool are missing: .ci/run installs Debian's prometheus");
        Assumptions.assumeTrue(installed, "prometheus not installed (apt-get install prometheus)");

        String name = "vb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String secret = "--token=s3cret-" + UUID.randomUUID();
        // A low threshold: on a shared 2-core machine at load 15 the loop gets ~12 % of a core.
        String rule = "cpu > 2 where name:" + name + " severity critical";

        Path rules = dir.resolve("rules.yml");
        RealJar.Result r = RealJar.run(RealJar.java("rules", "--prometheus", "--alert", rule, "--alert", "exit where pid:1"), dir, 60);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("left out 'exit where pid:1'"), r.err());
        Files.writeString(rules, r.out());
        RealJar.Result check = RealJar.run(List.of("promtool", "check", "rules", rules.toString()), dir, 60);
        assertEquals(0, check.status(), check.out() + check.err() + r.out());

        Path busyExe = Files.createSymbolicLink(dir.resolve(name), Path.of("/bin/sh"));
        Process busy = start(List.of(busyExe.toString(), "-c", "while :; do :; done"), "busy");
        Process fixture = start(List.of("/bin/sh", "-c", "read x", secret), "fixture"); // waits on our open stdin
        assertEquals(name, Files.readString(Path.of("/proc", Long.toString(busy.pid()), "comm")).strip());
        assertTrue(Files.readString(Path.of("/proc", Long.toString(fixture.pid()), "cmdline")).contains(secret));

        int servePort = freePort();
        start(RealJar.java("serve", "--listen", "127.0.0.1:" + servePort, "--interval", "1s", "--alert", rule), "serve");
        String metricsUrl = "http://127.0.0.1:" + servePort + "/metrics";
        String metrics = poll(metricsUrl, body -> body.contains("namedprocess_namegroup_num_procs{groupname=\"" + name + "\"}"));
        assertFalse(metrics.contains("s3cret"), "the secret reached /metrics");
        Path scrape = dir.resolve("scrape.txt");
        Files.writeString(scrape, metrics);
        RealJar.Result lint = RealJar.run(List.of("bash", "-c", "promtool check metrics < " + RealJar.sh(scrape.toString())), dir, 60);
        assertEquals(0, lint.status(), lint.out() + lint.err());

        int promPort = freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                + "rule_files:\n  - " + rules + "\n"
                + "scrape_configs:\n  - job_name: vigil\n    static_configs:\n      - targets: ['127.0.0.1:" + servePort + "']\n");
        start(List.of("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + promPort), "prometheus");
        String api = "http://127.0.0.1:" + promPort + "/api/v1/";

        String alerts = poll(api + "alerts", body -> firing(body, name) != null);
        String alert = firing(alerts, name).replace("\\u003e", ">"); // the API's JSON escapes '>'
        assertTrue(alert.contains("\"severity\":\"critical\""), alert);
        assertTrue(alert.contains("\"vigil_rule\":\"" + rule + "\""), alert);

        String q = URLEncoder.encode("namedprocess_namegroup_num_procs{groupname=\"" + name + "\"}", StandardCharsets.UTF_8);
        String result = poll(api + "query?query=" + q, body -> body.contains("\"result\":[{"));
        assertTrue(result.matches("(?s).*\"value\":\\[[0-9.]+,\"1\"\\].*"), result);

        assertFalse(get(metricsUrl).contains("s3cret"), "the secret reached /metrics");
        assertTrue(busy.isAlive() && fixture.isAlive());
    }

    @Test
    void theMonitorsPathsLoadNoExporterClass() throws Exception {
        RealJar.Result r = RealJar.run(List.of(RealJar.JAVA, "-Xlog:class+load=info:stdout", "-jar", RealJar.JAR.toString(),
                "--batch", "-n", "1"), dir, 60);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("dev.vigil.cli.Main"), "class loading is logged");
        assertFalse(r.out().contains("io.prometheus."), "the Prometheus client loaded for a batch run");
        assertFalse(r.out().contains("dev.vigil.export."), "the exporter loaded for a batch run");
    }

    /** The firing VigilCpu alert for the group, as its JSON text; null when there is none. */
    private static String firing(String body, String group) {
        for (String a : body.split("\\{\"labels\":")) {
            if (a.contains("\"alertname\":\"VigilCpu") && a.contains("\"groupname\":\"" + group + "\"")
                    && a.contains("\"state\":\"firing\"")) {
                return a;
            }
        }
        return null;
    }

    private Process start(List<String> cmd, String tag) throws IOException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve(tag + ".out").toFile()).redirectError(dir.resolve(tag + ".err").toFile())
                .start();
        spawned.add(p);
        return p;
    }

    private String poll(String url, Predicate<String> done) throws Exception {
        long end = System.currentTimeMillis() + DEADLINE_MILLIS;
        String last = "(no answer)";
        while (System.currentTimeMillis() < end) {
            try {
                last = get(url);
                if (done.test(last)) return last;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        StringBuilder logs = new StringBuilder();
        for (String tag : List.of("serve", "prometheus")) {
            Path err = dir.resolve(tag + ".err");
            if (Files.exists(err)) logs.append("\n--- ").append(tag).append(" stderr:\n").append(tail(Files.readString(err)));
        }
        return fail("no answer in time from " + url + ": " + tail(last) + logs);
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private static String tail(String s) {
        return s.length() <= 3000 ? s : "..." + s.substring(s.length() - 3000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
