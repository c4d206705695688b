package io.github.doctor409.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The servers apresolve hands the desktop app, as {@code host:port} strings in order of preference:
 * {@code {"accesspoint": [...], "dealer": [...], "spclient": [...]}}.
 */
public record ApresolveLists(List<String> accesspoint, List<String> dealer, List<String> spclient) {

    /** The three lists asked for, in the order of the request's {@code type} parameters. */
    public static final List<String> TYPES = List.of("accesspoint", "dealer", "spclient");

    /** At most this many entries are kept per list. */
    static final int MAX_ENTRIES = 32;

    public ApresolveLists {
        accesspoint = List.copyOf(accesspoint);
        dealer = List.copyOf(dealer);
        spclient = List.copyOf(spclient);
    }

    /** Parse result: the lists, or a short technical reason they could not be read. */
    public record Parsed(Optional<ApresolveLists> lists, Optional<String> problem) {}

    /** Reads an apresolve answer; never throws on hostile input. */
    public static Parsed parse(String json) {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseString(json);
            if (!element.isJsonObject()) {
                return problem("the answer is not a JSON object");
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return problem("the answer is not valid JSON");
        }
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String type : TYPES) {
            Optional<List<String>> list = hostList(root.get(type));
            if (list.isEmpty() || list.get().isEmpty()) {
                missing.add(type);
            } else {
                lists.put(type, list.get());
            }
        }
        if (!missing.isEmpty()) {
            return problem("no usable " + String.join(", ", missing) + " list in the answer");
        }
        return new Parsed(Optional.of(new ApresolveLists(lists.get("accesspoint"), lists.get("dealer"),
                lists.get("spclient"))), Optional.empty());
    }

    /** The lists as evidence values. */
    public Map<String, Object> asEvidence() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("accesspoint", accesspoint);
        map.put("dealer", dealer);
        map.put("spclient", spclient);
        return map;
    }

    private static Optional<List<String>> hostList(JsonElement element) {
        if (element == null || !element.isJsonArray()) {
            return Optional.empty();
        }
        JsonArray array = element.getAsJsonArray();
        List<String> hosts = new ArrayList<>();
        for (JsonElement entry : array) {
            if (hosts.size() == MAX_ENTRIES) {
                break;
            }
            if (entry.isJsonPrimitive() && entry.getAsJsonPrimitive().isString()) {
                String host = entry.getAsString().trim();
                if (!host.isEmpty() && host.length() <= 255) {
                    hosts.add(host);
                }
            }
        }
        return Optional.of(hosts);
    }

    private static Parsed problem(String reason) {
        return new Parsed(Optional.empty(), Optional.of(reason));
    }
}
