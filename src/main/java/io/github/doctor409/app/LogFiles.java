package io.github.doctor409.app;

import io.github.doctor409.report.Redaction;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's own log: {@code <config dir>/logs/doctor409.0.log} (the newest) to {@code doctor409.4.log},
 * 1 MiB each, UTF-8, every line passed through {@link RedactingLogFormatter}. Everything logged through
 * {@code System.Logger} or java.util.logging lands there, and nothing on the console, so the command
 * line's standard output and error stay clean.
 *
 * <p>When the folder cannot be created or written (read-only disk, no permission), the app works on
 * without a log and {@link #problem()} says why. {@link #close()} puts the console logging back.
 */
public final class LogFiles implements AutoCloseable {

    public static final String DIR_NAME = "logs";
    public static final String FILE_PREFIX = "doctor409.";
    public static final String FILE_SUFFIX = ".log";
    /** The level when {@code DOCTOR409_LOG_LEVEL} names none: INFO and above. */
    public static final Level DEFAULT_LEVEL = Level.INFO;
    static final int LIMIT_BYTES = 1 << 20;
    static final int COUNT = 5;

    private final Path directory;
    private final int limitBytes;
    private final int count;
    private final Logger root = Logger.getLogger("");
    private final List<Handler> console = new ArrayList<>();
    private volatile String problem;
    private Handler file;
    private Level previousLevel;

    public LogFiles(Path directory) {
        this(directory, LIMIT_BYTES, COUNT);
    }

    /** With another size limit and number of files (the rotation test uses a tiny limit). */
    LogFiles(Path directory, int limitBytes, int count) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.limitBytes = limitBytes;
        this.count = count;
    }

    /** The log folder of a configuration: {@code <config dir>/logs}. */
    public static LogFiles of(Config config) {
        return new LogFiles(config.configDir().resolve(DIR_NAME));
    }

    /** {@code DOCTOR409_LOG_LEVEL} (SEVERE, WARNING, INFO, FINE, FINER, FINEST, ALL or OFF), else INFO. */
    public static Level level(Optional<String> wanted) {
        return wanted.map(name -> {
            try {
                return Level.parse(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return DEFAULT_LEVEL;
            }
        }).orElse(DEFAULT_LEVEL);
    }

    public Path directory() {
        return directory;
    }

    /** The file being written now. */
    public Path currentFile() {
        return file(0);
    }

    /** Why there is no log file, when there is none; empty while logging works (or before {@link #start}). */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Sends all logging at {@code level} and above to the rotating files and none to the console.
     * Calling it again while started does nothing.
     *
     * @param redaction cleans each line before it is written
     * @return true when the log file is being written; false when the folder could not be used (see {@link #problem()})
     */
    public synchronized boolean start(Level level, Redaction redaction) {
        if (file != null) {
            return true;
        }
        quietConsole();
        previousLevel = root.getLevel();
        try {
            Files.createDirectories(directory);
            FileHandler handler = new FileHandler(pattern(), limitBytes, count, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new RedactingLogFormatter(redaction));
            handler.setLevel(level);
            root.addHandler(handler);
            root.setLevel(level);
            file = handler;
            problem = null;
            return true;
        } catch (IOException | RuntimeException e) {
            problem = "The log folder " + directory + " cannot be written (" + e.getClass().getSimpleName()
                    + "); 409 Doctor works on without a log.";
            return false;
        }
    }

    public synchronized boolean isWriting() {
        return file != null;
    }

    /**
     * The last {@code max} lines of the log, oldest first, across the rotated files. Empty when there is
     * no log yet. The lines are as written (already redacted once); a report cleans them again.
     */
    public List<String> recentLines(int max) {
        synchronized (this) {
            if (file != null) {
                file.flush();
            }
        }
        Deque<String> lines = new ArrayDeque<>();
        for (int generation = 0; generation < count && lines.size() < max; generation++) {
            Path path = file(generation);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            List<String> fileLines;
            try {
                fileLines = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                continue;
            }
            for (int i = fileLines.size() - 1; i >= 0 && lines.size() < max; i--) {
                lines.addFirst(fileLines.get(i));
            }
        }
        return List.copyOf(lines);
    }

    /** Stops writing the file and gives the console its logging back. */
    @Override
    public synchronized void close() {
        if (file != null) {
            root.removeHandler(file);
            file.close();
            file = null;
            root.setLevel(previousLevel);
        }
        console.forEach(root::addHandler);
        console.clear();
    }

    Path file(int generation) {
        return directory.resolve(FILE_PREFIX + generation + FILE_SUFFIX);
    }

    private String pattern() {
        return directory.toString().replace("%", "%%") + File.separator + FILE_PREFIX + "%g" + FILE_SUFFIX;
    }

    private void quietConsole() {
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
                console.add(handler);
            }
        }
    }
}
