package io.github.doctor409.desktop;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The list of cache clears that can be undone, kept as {@code quarantine/index.json} in the app's config
 * dir (DESIGN §5). Written whole to a temporary file and renamed into place, so a crash leaves the old
 * or the new list, never half of one. A list that cannot be read is never overwritten: every operation
 * then stops with {@link DamagedIndexException}, whose message says where the moved folders are.
 */
public final class QuarantineIndex {

    public static final String SCHEMA = "doctor409.quarantine/1";
    static final String FILE = "index.json";
    /** A real index is a few kilobytes. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /** The index exists but cannot be used; nothing was changed because of it. */
    public static final class DamagedIndexException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedIndexException(String message) {
            super(message);
        }
    }

    private final Path dir;

    public QuarantineIndex(Path configDir) {
        this.dir = Objects.requireNonNull(configDir, "configDir").resolve("quarantine");
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** Where quarantines go when they cannot sit next to the cache. */
    Path fallbackDir() {
        return dir;
    }

    public List<QuarantineRecord> load() throws DamagedIndexException {
        Path file = file();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw damaged("it is not a regular file");
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw damaged("it is larger than " + MAX_BYTES + " bytes");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw damaged("it could not be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            if (!SCHEMA.equals(root.get("schema").getAsString())) {
                throw damaged("its schema is not " + SCHEMA);
            }
            List<QuarantineRecord> records = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("quarantines")) {
                records.add(record(element.getAsJsonObject()));
            }
            return List.copyOf(records);
        } catch (RuntimeException e) {
            throw damaged("its content is not a valid list (" + e.getClass().getSimpleName() + ")");
        }
    }

    public Optional<QuarantineRecord> find(String id) throws DamagedIndexException {
        return load().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Adds or replaces the record with the same id. */
    public void put(QuarantineRecord record) throws IOException, DamagedIndexException {
        List<QuarantineRecord> records = new ArrayList<>(load());
        records.removeIf(r -> r.id().equals(record.id()));
        records.add(record);
        save(records);
        writeBeside(record);
    }

    public void remove(String id) throws IOException, DamagedIndexException {
        List<QuarantineRecord> records = new ArrayList<>(load());
        if (records.removeIf(r -> r.id().equals(id))) {
            save(records);
        }
    }

    /** Name of the copy of its record kept inside each quarantine folder, so a lost index can be rebuilt by hand. */
    static final String BESIDE = "doctor409-quarantine.json";

    private void writeBeside(QuarantineRecord record) throws IOException {
        if (Files.isDirectory(record.location(), LinkOption.NOFOLLOW_LINKS)) {
            writeAtomically(record.location().resolve(BESIDE), json(record).toString());
        }
    }

    private void save(List<QuarantineRecord> records) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        JsonArray list = new JsonArray();
        records.forEach(r -> list.add(json(r)));
        root.add("quarantines", list);
        Files.createDirectories(dir);
        writeAtomically(file(), root.toString());
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonObject json(QuarantineRecord record) {
        JsonObject o = new JsonObject();
        o.addProperty("id", record.id());
        o.addProperty("createdAt", record.createdAt().toString());
        o.addProperty("flavour", record.flavour());
        o.addProperty("cacheRoot", record.cacheRoot().toString());
        o.addProperty("location", record.location().toString());
        o.addProperty("complete", record.complete());
        JsonArray moved = new JsonArray();
        for (QuarantineRecord.Moved m : record.moved()) {
            JsonObject e = new JsonObject();
            e.addProperty("name", m.name());
            e.addProperty("files", m.files());
            e.addProperty("bytes", m.bytes());
            moved.add(e);
        }
        o.add("moved", moved);
        return o;
    }

    private static QuarantineRecord record(JsonObject o) {
        List<QuarantineRecord.Moved> moved = new ArrayList<>();
        for (JsonElement element : o.getAsJsonArray("moved")) {
            JsonObject e = element.getAsJsonObject();
            String name = e.get("name").getAsString();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                throw new IllegalStateException("an entry name is not a single folder name");
            }
            moved.add(new QuarantineRecord.Moved(name, e.get("files").getAsLong(), e.get("bytes").getAsLong()));
        }
        String id = o.get("id").getAsString();
        if (!id.matches("[0-9A-Za-z-]{1,40}")) {
            throw new IllegalStateException("an id has unexpected characters");
        }
        return new QuarantineRecord(id, Instant.parse(o.get("createdAt").getAsString()),
                o.get("flavour").getAsString(), Path.of(o.get("cacheRoot").getAsString()),
                Path.of(o.get("location").getAsString()), moved, o.get("complete").getAsBoolean());
    }

    private DamagedIndexException damaged(String why) {
        return new DamagedIndexException("The list of earlier cache clears (" + file() + ") is damaged: " + why
                + ". 409 Doctor changed nothing. Cleared caches are still in their quarantine folders (named"
                + " doctor409-quarantine, each with a " + BESIDE + " saying where it came from); move the file"
                + " aside to start a new list.");
    }
}
