package nl.koploper.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./koploper} from the repository root as a process with a bounded wait, as a developer or CI would. */
final class KoploperCommand {

    /** The repository root: the parent of this module's base directory. */
    static final Path REPO_ROOT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent();

    /** Kept apart from a developer's own {@code .koploper/}: our {@code down} can only ever stop what we started. */
    static final Path STATE_DIR = REPO_ROOT.resolve("system-tests/target/koploper-state");

    private static final Path OUTPUT_DIR = REPO_ROOT.resolve("system-tests/target/koploper-output");

    record Result(int exitCode, String output) {

        String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
        }
    }

    private KoploperCommand() {
    }

    /**
     * Runs {@code ./koploper <args>} with no stdin and no terminal, as under {@code CI=true}. Output goes to a file
     * (no pipe to fill up); past {@code timeout} the process is terminated, which makes {@code up} stop what it
     * started.
     */
    static Result run(Duration timeout, Map<String, String> extraEnvironment, String... args) {
        List<String> command = new ArrayList<>();
        command.add("./koploper");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(OUTPUT_DIR);
            Path output = Files.createTempFile(OUTPUT_DIR, args[0] + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(REPO_ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("KOPLOPER_STATE_DIR", STATE_DIR.toString());
            builder.environment().put("CI", "true");
            builder.environment().putAll(extraEnvironment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                return new Result(-1, "timed out after " + timeout + "\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    static Result run(Duration timeout, String... args) {
        return run(timeout, Map.of(), args);
    }
}
