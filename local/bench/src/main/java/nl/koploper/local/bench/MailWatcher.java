package nl.koploper.local.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.koploper.local.demo.StackClient;
import tools.jackson.databind.JsonNode;

/**
 * Polls GreenMail's inbox API for the addresses still waiting for mail and records, per address, how long after its
 * send time the first mail (and, when asked, the first mail with a calendar invitation) was there, up to 8 inboxes at
 * once. The poll interval bounds the resolution; the direct-SMTP baseline is measured the same way, so it shows this floor.
 */
final class MailWatcher extends Thread {

    static final Duration POLL = Duration.ofMillis(100);

    private final StackClient stack;
    private final Map<String, Long> sentAt;
    private final Latencies plain;
    private final Latencies calendar;
    private final Set<String> plainFound = ConcurrentHashMap.newKeySet();
    private final Set<String> calendarFound = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /**
     * @param plain    the first mail that is not an invitation (or, without {@code calendar}, any first mail)
     * @param calendar the first mail carrying {@code text/calendar}, or null not to look for one
     */
    MailWatcher(StackClient stack, Map<String, Long> sentAt, Latencies plain, Latencies calendar) {
        super("mail-watcher");
        setDaemon(true);
        this.stack = stack;
        this.sentAt = sentAt;
        this.plain = plain;
        this.calendar = calendar;
    }

    @Override
    public void run() {
        // Several inboxes at once: one after the other, a sweep over many waiting addresses would take longer than
        // the poll interval and coarsen every figure at high rates.
        ExecutorService sweep = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "mail-watcher-sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (!stopped) {
                List<Callable<Void>> checks = new ArrayList<>();
                for (Map.Entry<String, Long> entry : sentAt.entrySet()) {
                    if (!done(entry.getKey())) {
                        checks.add(() -> {
                            check(entry.getKey(), entry.getValue());
                            return null;
                        });
                    }
                }
                sweep.invokeAll(checks);
                StackClient.sleep(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sweep.shutdownNow();
        }
    }

    private void check(String address, long sent) {
        JsonNode messages = stack.inbox(address);
        long now = System.nanoTime();
        for (JsonNode message : messages) {
            String mime = message.path("mimeMessage").asString("");
            boolean invitation = calendar != null && mime.contains("text/calendar");
            if (invitation && calendarFound.add(address)) {
                calendar.record(now - sent);
            } else if (!invitation && plainFound.add(address)) {
                plain.record(now - sent);
            }
        }
    }

    private boolean done(String address) {
        return plainFound.contains(address) && (calendar == null || calendarFound.contains(address));
    }

    /** Waits until every address sent to has its mail, or the time is up; then stops polling. */
    void awaitAll(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !sentAt.keySet().stream().allMatch(this::done)) {
            StackClient.sleep(Duration.ofMillis(200));
        }
        stopped = true;
    }
}
