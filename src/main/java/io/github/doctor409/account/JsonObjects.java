package io.github.doctor409.account;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;

/** Reading the small JSON objects Spotify answers with, where any surprise is "not understood". */
final class JsonObjects {

    private JsonObjects() {}

    /** The body as a JSON object; empty when it is not valid JSON or not an object. */
    static Optional<JsonObject> parse(String body) {
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A string field; empty when missing, null, blank or not a string. */
    static Optional<String> text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        String text = value.getAsString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
