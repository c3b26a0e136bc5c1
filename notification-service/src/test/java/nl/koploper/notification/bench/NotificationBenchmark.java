package nl.koploper.notification.bench;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.koploper.notification.NotificationServiceApplication;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestEvents;
import nl.koploper.notification.TestSmtp;
import nl.koploper.notification.calendar.CalendarMethod;
import nl.koploper.notification.delivery.DeduplicationKey;
import nl.koploper.notification.delivery.MailContent;
import nl.koploper.notification.delivery.MimeMails;
import nl.koploper.notification.delivery.PendingMail;
import nl.koploper.notification.template.MessageType;
import nl.koploper.test.KoploperInfrastructureInitializer;
import nl.koploper.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Not a test: pushes N registration events through the whole running pipeline (Kafka → consumer → pending mail in
 * MongoDB → sender → SMTP) into GreenMail and prints mails per second and event-to-mail latency (p50, p99), next to a
 * baseline in the same run: the same number of equivalent MIME messages sent straight through JavaMailSender with
 * the same parallelism, to the same GreenMail. The ratio is what the pipeline's durability costs.
 *
 * <p>Run: see notification-service/README.md ("Benchmark"). Argument: the number of events (default 1000).
 */
public final class NotificationBenchmark {

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        // Events per second to publish at; 0 publishes as fast as the broker acknowledges (a backlog: latency then
        // includes the queueing behind it).
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        int parallelism = 4;
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.afterPropertiesSet();
        TestSmtp.start();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new KoploperInfrastructureInitializer())
                .properties(Map.of(
                        "spring.kafka.bootstrap-servers", kafka.getBrokersAsString(),
                        "server.port", "0",
                        "logging.level.root", "WARN",
                        "logging.structured.format.console", "",
                        "koploper.notification.sending.interval", "20ms",
                        "koploper.notification.sending.parallelism", String.valueOf(parallelism),
                        "koploper.notification.sending.batch-size", "500"))
                .run();
        try {
            String gemeente = TestTokens.newGemeente("bench");
            try (TestEvents events = new TestEvents(kafka.getBrokersAsString())) {
                // Warm-up: consumer group joined, indexes made, JIT warm.
                Run warmUp = pipeline(events, gemeente, "warmup", Math.min(200, count), 0);
                System.out.printf(Locale.ROOT, "warm-up: %d mails in %.1f s%n", warmUp.latenciesMillis.size(),
                        warmUp.seconds);
                Run pipeline = pipeline(events, gemeente, "run", count, rate);
                Run baseline = baseline(app.getBean(JavaMailSenderImpl.class), count, parallelism);
                report(count, rate, parallelism, pipeline, baseline);
            }
        } finally {
            app.close();
            TestSmtp.stop();
            kafka.destroy();
        }
        System.exit(0);
    }

    private static Run pipeline(TestEvents events, String gemeente, String label, int count, double rate)
            throws Exception {
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        String run = label + "-" + UUID.randomUUID().toString().substring(0, 6);
        long start = System.nanoTime();
        Thread watcher = watch(run, arrivedAt, count);
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime()); // pacing the load generator
                }
            }
            String address = run + "-" + i + "@bench.example";
            publishedAt.put(address, System.nanoTime());
            events.publish(gemeente, "cohort-" + (i % 16), TestCohorts.registered(gemeente, address, null));
        }
        watcher.join(TimeUnit.MINUTES.toMillis(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = new ArrayList<>();
        arrivedAt.forEach((address, at) -> latencies.add(TimeUnit.NANOSECONDS.toMillis(at - publishedAt.get(address))));
        return new Run(seconds, latencies);
    }

    private static Run baseline(JavaMailSenderImpl smtp, int count, int parallelism) throws Exception {
        MimeMails mimeMails = new MimeMails("noreply@koploper.example", Clock.systemUTC());
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        String run = "baseline-" + UUID.randomUUID().toString().substring(0, 6);
        long start = System.nanoTime();
        Thread watcher = watch(run, arrivedAt, count);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        for (int i = 0; i < count; i++) {
            String address = run + "-" + i + "@bench.example";
            pool.submit(() -> {
                PendingMail mail = PendingMail.create(UUID.randomUUID().toString(),
                        DeduplicationKey.of("e", address, MessageType.REGISTRATION_CONFIRMATION), address,
                        MessageType.REGISTRATION_CONFIRMATION, new MailContent("Koploperteam", null, "Jan de Vries",
                                "Aanmelding ontvangen", "<p>Bedankt voor de aanmelding.</p>",
                                "Bedankt voor de aanmelding.", null, null, null), Clock.systemUTC());
                smtp.send(mimeMails.build(mail, smtp.getSession()));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        watcher.join(TimeUnit.MINUTES.toMillis(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, List.of());
    }

    /** Polls GreenMail every few milliseconds and notes when each mail of this run arrived. */
    private static Thread watch(String run, Map<String, Long> arrivedAt, int expected) {
        Thread watcher = new Thread(() -> {
            int seen = 0;
            while (arrivedAt.size() < expected && !Thread.currentThread().isInterrupted()) {
                MimeMessage[] received = TestSmtp.server().getReceivedMessages();
                long now = System.nanoTime();
                for (int i = seen; i < received.length; i++) {
                    String to = recipient(received[i]);
                    if (to != null && to.startsWith(run + "-")) {
                        arrivedAt.putIfAbsent(to, now);
                    }
                }
                seen = received.length;
                try {
                    Thread.sleep(2); // the benchmark's sampling interval, not a test wait
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "greenmail-watcher");
        watcher.start();
        return watcher;
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? null : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a)
                    .getAddress()).findFirst().orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private static void report(int count, double rate, int parallelism, Run pipeline, Run baseline) {
        List<Long> sorted = new ArrayList<>(pipeline.latenciesMillis);
        sorted.sort(Long::compare);
        double pipelineRate = pipeline.latenciesMillis.size() / pipeline.seconds;
        double baselineRate = count / baseline.seconds;
        System.out.printf(Locale.ROOT, "%nevents: %d at %s, mails arrived: %d, parallelism: %d, cores: %d%n", count,
                rate > 0 ? rate + "/s" : "full speed", pipeline.latenciesMillis.size(), parallelism,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "pipeline: %.1f mails/s (%.1f s), event-to-mail latency p50 %d ms, p99 %d ms, "
                        + "max %d ms%n", pipelineRate, pipeline.seconds, percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "baseline (JavaMailSender straight to SMTP): %.1f mails/s (%.1f s)%n",
                baselineRate, baseline.seconds);
        System.out.printf(Locale.ROOT, "ratio pipeline/baseline: %.2f%n", pipelineRate / baselineRate);
    }

    private static long percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private record Run(double seconds, List<Long> latenciesMillis) {
    }
}
