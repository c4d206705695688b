package io.github.doctor409.account;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the session in {@code session.json} in the app's config dir. Writes go to a temporary file
 * first and are moved into place, so a crash never leaves half a file; on POSIX file systems the dir
 * and the file are readable by their owner only. A file that cannot be read is renamed to
 * {@code session.json.corrupt-<UTC time>} and reported, so the next sign-in starts clean.
 */
public final class FileTokenStore implements TokenStore {

    public static final String FILE_NAME = "session.json";

    /** A real session file is well under 4 KiB; anything this large is not one. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter SET_ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path configDir;
    private final Path file;
    private final Clock clock;

    public FileTokenStore(Path configDir, Clock clock) {
        this.configDir = configDir;
        this.file = configDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    @Override
    public SessionLoad load() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new SessionLoad.NoSession();
        }
        String problem;
        try {
            return new SessionLoad.Found(parse(read()));
        } catch (UnreadableSessionException e) {
            problem = e.getMessage();
        } catch (NoSuchFileException e) {
            return new SessionLoad.NoSession();
        } catch (IOException e) {
            problem = "the file could not be read (" + e.getClass().getSimpleName() + ")";
        }
        return new SessionLoad.Unreadable(problem, setAside());
    }

    @Override
    public void save(StoredSession session) throws IOException {
        createPrivateDirectory();
        byte[] content = serialize(session).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(configDir, FILE_NAME + ".", ".tmp", ownerOnlyFile());
        try {
            Files.write(temp, content);
            moveIntoPlace(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private byte[] read() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableSessionException("it is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new UnreadableSessionException("it is far too large to be a stored sign-in");
            }
            return bytes;
        }
    }

    /** The stored form back into a session; throws an unchecked exception whose message is plain words. */
    static StoredSession parse(byte[] bytes) {
        JsonObject json;
        try {
            JsonElement element = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!element.isJsonObject()) {
                throw new UnreadableSessionException("it does not hold a stored sign-in");
            }
            json = element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new UnreadableSessionException("it is not valid JSON");
        }
        String accessToken = text(json, "accessToken")
                .orElseThrow(() -> new UnreadableSessionException("it has no access token"));
        Instant expiresAt;
        try {
            expiresAt = text(json, "expiresAt").map(Instant::parse)
                    .orElseThrow(() -> new UnreadableSessionException("it has no expiry time"));
        } catch (DateTimeException e) {
            throw new UnreadableSessionException("its expiry time is not a valid time");
        }
        return new StoredSession(accessToken, text(json, "refreshToken"), expiresAt, scopes(json));
    }

    private static Optional<String> text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new UnreadableSessionException("its field " + key + " is not text");
        }
        String text = value.getAsString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static Set<String> scopes(JsonObject json) {
        JsonElement value = json.get("scopes");
        if (value == null || value.isJsonNull()) {
            return Set.of();
        }
        if (!value.isJsonArray()) {
            throw new UnreadableSessionException("its scopes are not a list");
        }
        Set<String> scopes = new HashSet<>();
        for (JsonElement scope : value.getAsJsonArray()) {
            if (!scope.isJsonPrimitive() || !scope.getAsJsonPrimitive().isString()) {
                throw new UnreadableSessionException("its scopes are not a list of names");
            }
            scopes.add(scope.getAsString());
        }
        return scopes;
    }

    /** The stored form: a small JSON object (shared with the keychain store). */
    static String serialize(StoredSession session) {
        JsonObject json = new JsonObject();
        json.addProperty("version", FORMAT_VERSION);
        json.addProperty("accessToken", session.accessToken());
        session.refreshToken().ifPresent(token -> json.addProperty("refreshToken", token));
        json.addProperty("expiresAt", session.expiresAt().toString());
        JsonArray scopes = new JsonArray();
        session.sortedScopes().forEach(scope -> scopes.add(new JsonPrimitive(scope)));
        json.add("scopes", scopes);
        return json.toString();
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves the unreadable file out of the way; empty when even that failed. */
    private Optional<String> setAside() {
        String base = FILE_NAME + ".corrupt-" + SET_ASIDE_STAMP.format(clock.instant());
        for (int attempt = 1; attempt <= 20; attempt++) {
            Path target = configDir.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                Files.move(file, target);
                return Optional.of(target.getFileName().toString());
            } catch (FileAlreadyExistsException e) {
                // try the next name
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(configDir)) {
            return;
        }
        if (supportsPosix()) {
            Files.createDirectories(configDir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(configDir);
        }
    }

    private FileAttribute<?>[] ownerOnlyFile() {
        if (!supportsPosix()) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> readWrite = PosixFilePermissions.fromString("rw-------");
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(readWrite)};
    }

    private boolean supportsPosix() {
        return configDir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Why a stored session cannot be used; the message is plain words and never stored content. */
    private static final class UnreadableSessionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableSessionException(String reason) {
            super(reason, null, false, false);
        }
    }
}
