package org.sendplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A headless Chromium driven through its DevTools protocol, just enough for a page test: open a
 * URL, run a script in it, take a screenshot, and every console message, uncaught exception and
 * browser log entry (a refused request, a blocked script) the page caused. Chrome's own protocol
 * over the JDK's WebSocket client, rather than a WebDriver: no driver binary to match the
 * browser's version, and the events are exactly the browser's.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The browser to use: {@code $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH. */
    static Optional<Path> find() {
        String given = System.getenv("CHROMIUM");
        if (given != null && !given.isBlank()) return Optional.of(Path.of(given)).filter(Files::isExecutable);
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with an empty profile in {@code profile}, its window {@code width} × {@code height}. */
    HeadlessChromium(Path exe, Path profile, int width, int height) throws Exception {
        // as on a CI machine: root (no sandbox), no network for the browser's own services
        ProcessBuilder browser = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile());
        // the browser's temporary folders (.org.chromium.Chromium.*) in the profile, removed with it, not in the system's
        browser.environment().put("TMPDIR", Files.createDirectories(profile.resolve("tmp")).toString());
        process = browser.start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!process.isAlive()) throw new IOException("chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            if (System.nanoTime() > deadline) throw new IOException("chromium did not open its DevTools port");
            Thread.sleep(50);
        }
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) if (t.get("type").asText().equals("page")) page = t.get("webSocketDebuggerUrl").asText();
        if (page == null) throw new IOException("chromium has no page: " + targets);
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (String domain : List.of("Runtime", "Log", "Page")) call(domain + ".enable", JSON.createObjectNode());
    }

    /** Sends a command and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(msg.toString(), true);
        try {
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) throw new IOException(method + ": " + r.get("error"));
            return r.get("result");
        } catch (Exception e) {
            if (e instanceof IOException io) throw io;
            throw new IOException(method + " failed", e);
        }
    }

    /** Opens {@code url} and waits for its load event. */
    void open(String url) throws IOException, InterruptedException {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        awaitEvent(e -> e.get("method").asText().equals("Page.loadEventFired"));
    }

    /** The value of {@code expression} in the page (a JSON-able value). */
    JsonNode evaluate(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) throw new IOException("script failed: " + r.get("exceptionDetails"));
        return r.get("result").get("value");
    }

    /** A PNG of the page from its top, {@code width} × {@code height} CSS pixels. */
    byte[] screenshot(int width, int height) throws IOException {
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
    }

    /** The page printed to PDF as the browser's print dialog would (A4, backgrounds as the print styles say). */
    byte[] pdf() throws IOException {
        ObjectNode params = JSON.createObjectNode().put("paperWidth", 8.27).put("paperHeight", 11.69).put("preferCSSPageSize", true);
        return java.util.Base64.getDecoder().decode(call("Page.printToPDF", params).get("data").asText());
    }

    /** What went wrong in the page: console errors and warnings, uncaught exceptions, browser log entries of warning or error. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events) {
                String m = e.get("method").asText();
                JsonNode p = e.get("params");
                if (m.equals("Runtime.exceptionThrown")) out.add("exception: " + p.get("exceptionDetails"));
                if (m.equals("Runtime.consoleAPICalled") && List.of("error", "warning", "assert").contains(p.get("type").asText())) {
                    out.add("console " + p.get("type").asText() + ": " + p.get("args"));
                }
                if (m.equals("Log.entryAdded") && List.of("error", "warning").contains(p.get("entry").get("level").asText())) {
                    out.add("log " + p.get("entry").get("level").asText() + ": " + p.get("entry").get("text").asText()
                            + " " + p.get("entry").path("url").asText());
                }
            }
        }
        return out;
    }

    private void awaitEvent(Predicate<JsonNode> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (events) {
                if (events.stream().anyMatch(wanted)) return;
            }
            Thread.sleep(20);
        }
        throw new IOException("timed out waiting for the page");
    }

    /**
     * Ends the browser and its helper processes (zygote, renderer, crash handler): left running, a
     * helper can still be writing into the profile while the test's folder is being removed.
     */
    @Override
    public void close() throws InterruptedException {
        socket.abort();
        List<ProcessHandle> helpers = process.descendants().toList(); // once the browser is gone they are no longer its
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        helpers.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : helpers) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    /** Collects the frames of each message; a reply completes its command, anything else is an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(partial.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    } else {
                        events.add(msg);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
