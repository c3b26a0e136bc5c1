package nl.koploper.platform.events;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pass on a thread of its own as soon as it is woken up, and otherwise every {@code interval} (the safety net
 * for what no wake-up announced: another replica's work, a crash, a retry that came due). Wake-ups are coalesced: any
 * number of them while a pass runs, or before it starts, make exactly one more pass, and none is lost, because the
 * flag is cleared before a pass starts, so work announced during a pass always gets a pass after it.
 *
 * <p>The outbox relay wakes its loop when an aggregate with pending events is saved; notification-service's mail
 * dispatcher when a mail is queued. A pass that throws is logged and the loop goes on.
 */
public final class WakeUpLoop {

    private static final Logger log = LoggerFactory.getLogger(WakeUpLoop.class);

    private final String name;
    private final Duration interval;
    private final Runnable pass;
    private final Object lock = new Object();
    private boolean woken; // guarded by lock
    private boolean running; // guarded by lock
    private Thread thread; // guarded by lock
    private final AtomicLong timedPasses = new AtomicLong();

    /**
     * @param name     the thread's name, also used in log lines
     * @param interval the longest pause between two passes when nothing wakes the loop
     * @param pass     one pass; runs on the loop's thread only, never twice at once
     */
    public WakeUpLoop(String name, Duration interval, Runnable pass) {
        this.name = name;
        this.interval = interval;
        this.pass = pass;
    }

    /** Starts the thread; the first timed pass comes one interval later (a wake-up brings it forward). */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Asks for a pass soon; cheap and never blocks, so it may be called on any request or consumer thread. */
    public void wakeUp() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /** Stops after the current pass, waiting at most {@code timeout} for it. */
    public void stop(Duration timeout) {
        Thread running;
        synchronized (lock) {
            this.running = false;
            running = thread;
            thread = null;
            lock.notifyAll();
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many passes the interval started, no wake-up having come first: what the safety net had to do. */
    public long timedPasses() {
        return timedPasses.get();
    }

    public boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    private void loop() {
        long nextTimedPass = System.nanoTime() + interval.toNanos();
        while (true) {
            synchronized (lock) {
                try {
                    while (running && !woken) {
                        long wait = nextTimedPass - System.nanoTime();
                        if (wait <= 0) {
                            break;
                        }
                        TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!running) {
                    return;
                }
                if (!woken) {
                    timedPasses.incrementAndGet();
                }
                woken = false;
            }
            try {
                pass.run();
            } catch (RuntimeException e) {
                // A broken pass (database briefly away) must not end the loop.
                log.warn("{}: pass failed; trying again in at most {}", name, interval, e);
            }
            nextTimedPass = System.nanoTime() + interval.toNanos();
        }
    }
}
