package nl.koploper.local.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.koploper.local.demo.StackClient.UnexpectedAnswer;

/** The smallest SMTP client: one plain-text mail straight to the local SMTP server, the baseline's mail. */
final class Smtp {

    private Smtp() {
    }

    static void send(String host, int port, String from, String to, String subject) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            expect(in, "220");
            command(out, in, "HELO bench.koploper.example", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            command(out, in, "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
                    + "\r\n\r\nBaseline mail of ./koploper bench.\r\n.", "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new UnexpectedAnswer("SMTP " + host + ":" + port + ": " + e);
        }
    }

    private static void command(Writer out, BufferedReader in, String line, String expected) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        expect(in, expected);
    }

    /** Reads one reply (its continuation lines "250-..." too) and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IOException("expected " + code + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
