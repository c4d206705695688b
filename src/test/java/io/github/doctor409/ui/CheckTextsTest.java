package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckTextsTest {

    private final Messages messages = new Messages(Locale.GERMAN);
    private final CheckTexts texts = new CheckTexts(messages);

    @Test
    void aSummaryIsSaidInTheChosenLanguageWithNumbersAndSizesInItsStyle() {
        CheckResult result = CheckResult.of("client.cache", "Local cache", Status.PASS,
                        "Spotify's cache looks healthy: 1.5 GB in 12,345 files.")
                .says(Phrase.of("client.cache.summary.healthy", Phrase.bytes(1_500_000_000L), 12_345))
                .build();

        assertThat(texts.summary(result)).isEqualTo("Spotifys Cache sieht gesund aus: 1,5 GB in 12.345 Dateien.");
        messages.setLocale(Locale.forLanguageTag("es"));
        assertThat(texts.summary(result)).isEqualTo("La caché de Spotify está en buen estado: 1,5 GB en 12.345 archivos.");
        messages.setLocale(Locale.forLanguageTag("pt-BR"));
        assertThat(texts.summary(result)).isEqualTo("O cache do Spotify parece saudável: 1,5 GB em 12.345 arquivos.");
        messages.setLocale(Locale.ENGLISH);
        // the window's English is the report's English with typographic apostrophes
        assertThat(texts.summary(result)).isEqualTo(result.summary().replace('\'', '’'));
    }

    @Test
    void nestedPhrasesAndNameListsAreTranslatedToo() {
        CheckResult result = CheckResult.of("network.dns", "Name lookup", Status.FAIL, "…")
                .says(Phrase.of("network.dns.summary.timedOut", Phrase.names(List.of("a.example", "b.example",
                        "c.example", "d.example", "e.example"))))
                .build();
        assertThat(texts.summary(result)).isEqualTo(
                "Der Nameserver (DNS) hat für a.example, b.example, c.example und 2 weitere nicht rechtzeitig geantwortet.");

        CheckResult clock = CheckResult.of("system.clock", "System clock", Status.FAIL, "…")
                .says(Phrase.then(Phrase.of("system.clock.summary.warnAhead", Phrase.of("checks.time.minutes", 5)),
                        Phrase.of("system.clock.summary.appAlso", Phrase.of("checks.time.seconds", 1))))
                .build();
        messages.setLocale(Locale.forLanguageTag("es"));
        assertThat(texts.summary(clock)).isEqualTo("El reloj de este equipo va 5 minutos adelantado respecto al de Spotify;"
                + " configúralo para que se ajuste automáticamente antes de que se desfase más. La app de Spotify midió"
                + " por última vez su reloj con 1 segundo de desfase.");
    }

    @Test
    void withoutAPhraseOrWithAnUnknownKeyTheEnglishTextStays() {
        CheckResult plain = new CheckResult("x.y", "X", Status.PASS, "English words.", List.of("line"),
                java.util.Map.of(), List.of(), java.time.Duration.ZERO);
        assertThat(texts.summary(plain)).isEqualTo("English words.");
        assertThat(texts.details(plain)).containsExactly("line");

        CheckResult unknownKey = CheckResult.of("x.y", "X", Status.PASS, "English words.")
                .says(Phrase.of("no.such.key")).build();
        assertThat(texts.summary(unknownKey)).isEqualTo("English words.");
        CheckResult unknownInside = CheckResult.of("x.y", "X", Status.PASS, "English words.")
                .says(Phrase.of("network.dns.summary.timedOut", Phrase.of("no.such.key"))).build();
        assertThat(texts.summary(unknownInside)).isEqualTo("English words.");
        assertThat(texts.title("no.such.check", "Some title")).isEqualTo("Some title");
    }

    @Test
    void plainSentenceDetailsAreTranslatedAndMeasurementsStayAsMeasured() {
        CheckResult result = CheckResult.of("client.integrity", "Unmodified app", Status.FAIL, "…")
                .detail("Found: /opt/spotify/Apps/xpui — extracted folder.")
                .detail("To undo spicetify: …", Phrase.of("client.integrity.detail.spicetify"))
                .build();
        assertThat(texts.details(result)).containsExactly("Found: /opt/spotify/Apps/xpui — extracted folder.",
                "Um spicetify rückgängig zu machen: Führe `spicetify restore` in einem Terminal aus und starte Spotify neu.");
    }

    @Test
    void titlesDescriptionsAndOutcomesOfFixes() {
        assertThat(texts.title("network.services", "Spotify services")).isEqualTo("Spotify-Dienste");
        assertThat(texts.fixTitle("fix.clear-cache", "Clear cache safely")).isEqualTo("Cache sicher leeren");
        assertThat(texts.fixDescription("fix.refresh", "…")).startsWith("Bittet Spotify einmal");
        // a description with a value needs the fix; by id alone it stays English rather than show "{0}"
        assertThat(texts.fixDescription("fix.close-app", "Asks the Spotify app to quit")).isEqualTo("Asks the Spotify app to quit");

        Fix close = new Fix() {
            public String id() { return "fix.close-app"; }
            public String title() { return "Close Spotify"; }
            public String describe() { return "Asks the Spotify app to quit, as closing its window does, and waits up to 10 seconds."; }
            public Phrase describePhrase() { return Phrase.of("fix.close-app.describe", 10L); }
            public boolean changesDisk() { return false; }
            public Set<String> rechecks() { return Set.of(); }
            public FixOutcome apply(FixContext context) { return new FixOutcome.Done("Spotify is closed."); }
        };
        assertThat(texts.fixTitle(close)).isEqualTo("Spotify schließen");
        assertThat(texts.fixDescription(close)).endsWith("und wartet bis zu 10 Sekunden.");

        FixOutcome done = new FixOutcome.Done("Cleared 2000 files (1.5 MB) …", Phrase.of("fix.clear-cache.outcome.done",
                2000, Phrase.bytes(1_500_000), "20240102-120000", 7L));
        assertThat(texts.outcome("fix.clear-cache", done)).startsWith(
                "2.000 Dateien (1,5 MB) aus Spotifys Cache entfernt. Sie liegen 7 Tage lang in der Quarantäne 20240102-120000;");
        assertThat(texts.outcome("fix.x", new FixOutcome.Failed("Only English."))).isEqualTo("Only English.");
    }

    @Test
    void everyEnglishPatternSaysWhatTheEnglishCodeSays() {
        messages.setLocale(Locale.ENGLISH);
        CheckResult result = CheckResult.of("account.devices", "Other devices", Status.WARN,
                        "3 devices are playing on your account at the same time; pause the ones you are not using, as two"
                                + " players at once can conflict.")
                .says(Phrase.of("account.devices.summary.several", 3L)).build();
        assertThat(texts.summary(result)).isEqualTo(result.summary());
    }

    @Test
    void theServicesCardSaysEachEndpointsTroubleInTheChosenLanguage() {
        Phrase timedOut = Phrase.of("network.endpoint.timedOut", "api.spotify.com", Phrase.of("network.phase.tls.while"));
        Phrase untrusted = Phrase.of("checks.clauses.two", Phrase.of("network.endpoint.untrustedCertificate", "accounts.spotify.com"),
                Phrase.of("network.certificate.unknownIssuer", "Acme Filter CA"));
        CheckResult result = CheckResult.of("network.services", "Spotify services", Status.FAIL,
                        "No answer from api.spotify.com while setting up the secure connection (TLS), and 2 more of Spotify's"
                                + " services could not be reached either.")
                .says(Phrase.of("network.services.summary.failMore", timedOut, 2)).build();

        messages.setLocale(Locale.ENGLISH);
        assertThat(texts.summary(result)).isEqualTo(result.summary().replace('\'', '’'));
        messages.setLocale(Locale.GERMAN);
        assertThat(texts.summary(result)).isEqualTo("Keine Antwort von api.spotify.com beim Aufbau der sicheren Verbindung (TLS),"
                + " und 2 weitere Spotify-Dienste waren ebenfalls nicht erreichbar.");
        messages.setLocale(Locale.forLanguageTag("es"));
        CheckResult one = CheckResult.of("network.services", "Spotify services", Status.FAIL, "…")
                .says(Phrase.of("network.services.summary.fail", untrusted)).build();
        assertThat(texts.summary(one)).isEqualTo("Este equipo no confía en el certificado que presentó accounts.spotify.com,"
                + " así que no se estableció una conexión segura (TLS); lo emitió “Acme Filter CA”, en quien este equipo no"
                + " confía: suele deberse a un antivirus o a un proxy de empresa que inspecciona las conexiones seguras.");
    }
}
