package io.github.doctor409.app;

import java.util.List;

/**
 * Why a value cannot be used for a setting. The window words it from {@link #kind()} and {@link #args()}
 * in the user's language; {@link #message()} is the English sentence for logs and the command line.
 */
public record SettingProblem(SettingKey key, Kind kind, List<Object> args) {

    public enum Kind {
        /** Not 32 hexadecimal characters, the shape of a Spotify client id. */
        CLIENT_ID_SHAPE,
        /** Not one of the listed choices; args: the choices. */
        NOT_A_CHOICE,
        /** Not a whole number; args: min, max. */
        NOT_A_NUMBER,
        /** Outside the allowed range; args: min, max. */
        OUT_OF_RANGE,
        /** Not an address at all. */
        URL_SYNTAX,
        /** Not http:// or https://. */
        URL_SCHEME,
        /** No host name. */
        URL_HOST
    }

    public SettingProblem {
        args = List.copyOf(args);
    }

    public String message() {
        String what = key.property();
        return switch (kind) {
            case CLIENT_ID_SHAPE -> what + ": a Spotify client id is 32 hexadecimal characters (0-9, a-f).";
            case NOT_A_CHOICE -> what + ": must be one of " + args.get(0) + ".";
            case NOT_A_NUMBER -> what + ": must be a whole number of seconds from " + args.get(0) + " to " + args.get(1) + ".";
            case OUT_OF_RANGE -> what + ": must be from " + args.get(0) + " to " + args.get(1) + " seconds.";
            case URL_SYNTAX -> what + ": not a valid address.";
            case URL_SCHEME -> what + ": the address must start with http:// or https://.";
            case URL_HOST -> what + ": the address needs a host name, e.g. https://api.spotify.com.";
        };
    }
}
