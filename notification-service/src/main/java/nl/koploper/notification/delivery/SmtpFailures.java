package nl.koploper.notification.delivery;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a permanent SMTP failure (a 5xx reply: unknown mailbox, refused sender, message refused) from a transient
 * one (connection refused, timeout, a 4xx reply). Only transient failures are retried and count against the circuit
 * breaker: one bad address says nothing about the health of the SMTP server.
 */
final class SmtpFailures {

    // Angus Mail puts the server's reply in the message of its SMTP exceptions, e.g. "550 5.1.1 User unknown".
    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5])\\d\\d[ \\-]");

    private SmtpFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = next(cause)) {
            Integer code = returnCode(cause);
            if (code != null) {
                return code >= 500 && code < 600;
            }
            String message = cause.getMessage();
            if (message != null && cause instanceof MessagingException) {
                Matcher reply = REPLY.matcher(message);
                if (reply.find() && reply.group(1).equals("5")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A reason for the delivery log: the innermost message, without the stack. */
    static String reason(Throwable failure) {
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = next(cause)) {
            if (cause.getMessage() != null) {
                deepest = cause;
            }
        }
        String message = deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    private static Integer returnCode(Throwable cause) {
        // SMTPSendFailedException, SMTPAddressFailedException and SMTPSenderFailedException all have getReturnCode().
        try {
            Object code = cause.getClass().getMethod("getReturnCode").invoke(cause);
            return code instanceof Integer value && value > 0 ? value : null;
        } catch (ReflectiveOperationException notAnSmtpReply) {
            return null;
        }
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause) {
            return messaging.getNextException();
        }
        if (cause instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
            Exception first = send.getFailedMessages().values().iterator().next();
            if (first != cause) {
                return first;
            }
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
