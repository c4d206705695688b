package io.github.doctor409.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema the report schema uses: type (one or several), const, enum, pattern, minimum,
 * required, properties and items. Returns every violation with its JSON path; empty means valid.
 */
public final class TinySchemaValidator {

    private final JsonObject schema;

    public TinySchemaValidator(JsonObject schema) {
        this.schema = schema;
    }

    public List<String> validate(JsonElement document) {
        List<String> problems = new ArrayList<>();
        check(schema, document, "$", problems);
        return problems;
    }

    private static void check(JsonObject schema, JsonElement value, String path, List<String> problems) {
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": expected type " + schema.get("type") + " but was " + value);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": expected " + schema.get("const") + " but was " + value);
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && !Pattern.compile(schema.get("pattern").getAsString()).matcher(value.getAsString()).find()) {
            problems.add(path + ": " + value + " does not match " + schema.get("pattern"));
        }
        if (schema.has("minimum") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsDouble() < schema.get("minimum").getAsDouble()) {
            problems.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isJsonObject()) {
            JsonObject object = value.getAsJsonObject();
            if (schema.has("required")) {
                schema.getAsJsonArray("required").forEach(name -> {
                    if (!object.has(name.getAsString())) {
                        problems.add(path + ": missing required " + name.getAsString());
                    }
                });
            }
            if (schema.has("properties")) {
                schema.getAsJsonObject("properties").entrySet().forEach(entry -> {
                    if (object.has(entry.getKey())) {
                        check(entry.getValue().getAsJsonObject(), object.get(entry.getKey()), path + "." + entry.getKey(), problems);
                    }
                });
            }
        }
        if (value.isJsonArray() && schema.has("items")) {
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(schema.getAsJsonObject("items"), array.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonElement type, JsonElement value) {
        if (type.isJsonArray()) {
            for (JsonElement one : type.getAsJsonArray()) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.getAsString()) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "boolean" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "null" -> value.isJsonNull();
            case "number" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "integer" -> isInteger(value);
            default -> throw new IllegalArgumentException("Unsupported type " + type);
        };
    }

    private static boolean isInteger(JsonElement value) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        JsonPrimitive number = value.getAsJsonPrimitive();
        return number.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
    }
}
