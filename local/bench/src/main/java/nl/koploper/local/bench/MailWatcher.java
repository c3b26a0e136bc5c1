package nl.koploper.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.koploper.local.demo.StackClient;
import nl.koploper.local.demo.StackClient.UnexpectedAnswer;

/**
 * Records, per address, how long after its send time the first mail (and, when asked, the first mail with a calendar
 * invitation) reached the local SMTP server. It reads the mail server's list of deliveries ({@code /arrivals}, one
 * line per recipient with the moment the server took the mail) every {@link #POLL}, from where it stopped; the times
 * are the server's, so the poll interval only delays when the figures are known, not the figures.
 */
final class MailWatcher extends Thread {

    static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient http;
    private final URI arrivals;
    private final Map<String, Long> sentAt;
    private final Latencies plain;
    private final Latencies calendar;
    private final Set<String> plainFound = ConcurrentHashMap.newKeySet();
    private final Set<String> calendarFound = ConcurrentHashMap.newKeySet();
    // The wall clock (the server's times) and System.nanoTime (the send times) read together once.
    private final long nanoTimeAtStart = System.nanoTime();
    private final long epochMillisAtStart = System.currentTimeMillis();
    private long read;
    private volatile boolean stopped;

    /**
     * @param sentAt   per address, the {@link System#nanoTime()} it counts from
     * @param plain    the first mail that is not an invitation (or, without {@code calendar}, any first mail)
     * @param calendar the first mail carrying {@code text/calendar}, or null not to look for one
     */
    MailWatcher(StackClient stack, Map<String, Long> sentAt, Latencies plain, Latencies calendar) {
        super("mail-watcher");
        setDaemon(true);
        this.http = stack.http();
        this.arrivals = URI.create(System.getProperty("koploper.mail-arrivals", "http://127.0.0.1:8026"));
        this.sentAt = sentAt;
        this.plain = plain;
        this.calendar = calendar;
    }

    @Override
    public void run() {
        String lastProblem = null;
        while (!stopped) {
            try {
                readNewArrivals();
            } catch (UnexpectedAnswer problem) {
                // Said once, tried again: a mail server that stays away shows as mails missing at the end.
                if (!problem.getMessage().equals(lastProblem)) {
                    System.err.println(problem.getMessage());
                    lastProblem = problem.getMessage();
                }
            }
            StackClient.sleep(POLL);
        }
    }

    private void readNewArrivals() {
        for (String line : fetch(read).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            // <n> TAB <epoch ms> TAB calendar|plain TAB <address>
            String[] fields = line.split("\t", 4);
            read = Long.parseLong(fields[0]);
            Long sent = sentAt.get(fields[3]);
            if (sent == null) {
                continue;
            }
            long arrivedMillis = Long.parseLong(fields[1]);
            long arrived = nanoTimeAtStart + TimeUnit.MILLISECONDS.toNanos(arrivedMillis - epochMillisAtStart);
            long latency = Math.max(0, arrived - sent);
            boolean invitation = calendar != null && fields[2].equals("calendar");
            if (invitation && calendarFound.add(fields[3])) {
                calendar.record(sent, latency);
            } else if (!invitation && plainFound.add(fields[3])) {
                plain.record(sent, latency);
            }
        }
    }

    private String fetch(long after) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(arrivals + "/arrivals?after=" + after))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UnexpectedAnswer("mail arrivals " + request.uri() + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UnexpectedAnswer("mail arrivals " + request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return "";
        }
    }

    private boolean done(String address) {
        return plainFound.contains(address) && (calendar == null || calendarFound.contains(address));
    }

    /** Waits until every address sent to has its mail, or the time is up; then stops reading. */
    void awaitAll(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !sentAt.keySet().stream().allMatch(this::done)) {
            StackClient.sleep(Duration.ofMillis(200));
        }
        stopped = true;
    }
}
