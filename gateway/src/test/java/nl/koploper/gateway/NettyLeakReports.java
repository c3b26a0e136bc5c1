package nl.koploper.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The reports of Netty's leak detector in this JVM: a buffer that was garbage-collected without being released.
 * Netty reports such a buffer only after the garbage collector has found it and the next buffer is allocated, so
 * {@link #settle()} asks for a collection and allocates. The reports are read from Netty's logger (the only place
 * Netty hands them out); Spring Boot resets the logging set-up when it starts a context, so the appender is attached
 * again whenever it is missing.
 */
final class NettyLeakReports {

    private static final String APPENDER_NAME = "netty-leak-reports";
    private static final int COLLECTIONS = 3;
    private static final long REFERENCE_QUEUE_WAIT_MS = 200;

    private final List<String> reports = new CopyOnWriteArrayList<>();

    /** Attaches to Netty's leak logger if Spring Boot's logging set-up has dropped the appender since. */
    void listen() {
        Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
        if (logger.getAppender(APPENDER_NAME) != null) {
            return;
        }
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                reports.add(event.getFormattedMessage());
            }
        };
        appender.setName(APPENDER_NAME);
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        logger.addAppender(appender);
    }

    /** Lets every buffer that is garbage by now be found and reported. */
    void settle() throws InterruptedException {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            // The collected buffers reach the detector's reference queue on another thread.
            Thread.sleep(REFERENCE_QUEUE_WAIT_MS);
            // The detector looks at its queue when it tracks a new buffer.
            ByteBufAllocator.DEFAULT.directBuffer(1).release();
        }
    }

    List<String> reports() {
        return List.copyOf(reports);
    }

    void clear() {
        reports.clear();
    }
}
