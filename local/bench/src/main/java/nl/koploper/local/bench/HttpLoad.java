package nl.koploper.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** GET requests with a bearer token to one address, with the JDK's HTTP client, at a fixed rate or back to back. */
final class HttpLoad {

    record Throughput(Latencies latencies, double perSecond) {
    }

    private final HttpClient http;

    HttpLoad(HttpClient http) {
        this.http = http;
    }

    /** Requests due at a fixed rate, whatever the answers take; latency counts from when each was due. */
    Latencies openLoop(URI uri, List<String> tokens, int rate, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        int total = (int) (rate * duration.toSeconds());
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(200, Math.max(8, rate)));
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String token = tokens.get(i % tokens.size());
            pool.execute(() -> call(uri, token, due, latencies));
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return latencies;
    }

    /** {@code clients} threads sending back to back for {@code duration}: completed 200s per second. */
    Throughput closedLoop(URI uri, List<String> tokens, int clients, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (!stop.get()) {
                    call(uri, tokens.get(Math.floorMod(next.getAndIncrement(), tokens.size())), System.nanoTime(),
                            latencies);
                }
            });
        }
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput(latencies, latencies.count() / seconds);
    }

    private void call(URI uri, String token, long since, Latencies latencies) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                latencies.record(System.nanoTime() - since);
            } else {
                latencies.fail(String.valueOf(response.statusCode()));
            }
        } catch (IOException e) {
            latencies.fail(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
