package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.report.Redaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RedactingLogFormatterTest {

    private static final String ACCESS = "BQDk3v9aZ0access0token0value0123456789xyz";
    private static final String REFRESH = "AQCrefresh-token-value-9876543210abcdefghij";
    private static final String CODE = "AQBauthCode123";
    private static final String STATE = "st4te-value-42";
    private static final String VERIFIER = "verifier-abcdefghijklmnopqrstuvwxyz-0123456789";
    private static final String SECRET = "cl1ent-s3cret";

    private final RedactingLogFormatter formatter = new RedactingLogFormatter(new Redaction(Path.of("/home/ann"), List.of()));

    private String format(String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName("io.github.doctor409.account.PkceSignIn");
        record.setThrown(thrown);
        return formatter.format(record);
    }

    @Test
    void secretsInMessagesAndExceptionsAreRemovedOnTheWayOut() {
        String line = format("GET http://127.0.0.1:4070/callback?code=" + CODE + "&state=" + STATE
                        + " then POST body grant_type=authorization_code&code=" + CODE + "&code_verifier=" + VERIFIER
                        + "&client_secret=" + SECRET + " with Authorization: Bearer " + ACCESS
                        + " answered {\"refresh_token\":\"" + REFRESH + "\"} for ann@example.com in /home/ann/.config",
                new IOException("refresh_token=" + REFRESH + " rejected"));

        for (String secret : List.of(ACCESS, REFRESH, CODE, STATE, VERIFIER, SECRET, "ann@example.com", "/home/ann")) {
            assertThat(line).doesNotContain(secret);
        }
        assertThat(line).contains("WARNING").contains("PkceSignIn: GET http://127.0.0.1:4070/callback?code=[redacted]")
                .contains("grant_type=authorization_code").contains("Bearer [redacted]").contains("[e-mail]")
                .contains("~/.config").contains("java.io.IOException: refresh_token=[redacted] rejected")
                .contains("\tat io.github.doctor409");
    }

    @Test
    void ordinaryLinesKeepTheirFacts() {
        String line = format("HTTP GET https://api.spotify.com/v1/me -> 401 in 35 ms; check auth.token pass in 120 ms", null);

        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z WARNING PkceSignIn: HTTP GET https://api.spotify.com/v1/me"
                + " -> 401 in 35 ms; check auth.token pass in 120 ms\\R");
    }

    @Test
    void parametersAreFilledInBeforeRedaction() {
        LogRecord record = new LogRecord(Level.INFO, "token for {0}");
        record.setParameters(new Object[] {"someone@example.org"});

        assertThat(formatter.format(record)).contains("root: token for [e-mail]").doesNotContain("someone@");
    }
}
