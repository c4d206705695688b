package io.github.doctor409.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApresolveListsTest {

    @Test
    void readsTheThreeListsInOrder() {
        ApresolveLists.Parsed parsed = ApresolveLists.parse(ServiceHosts.APRESOLVE_JSON);

        assertThat(parsed.problem()).isEmpty();
        ApresolveLists lists = parsed.lists().orElseThrow();
        assertThat(lists.accesspoint())
                .containsExactly("ap-gew4.spotify.com:4070", "ap-gew4.spotify.com:443", "ap-gew4.spotify.com:80");
        assertThat(lists.dealer()).containsExactly("gew4-dealer.spotify.com:443");
        assertThat(lists.spclient()).containsExactly("gew4-spclient.spotify.com:443");
        assertThat(lists.asEvidence()).containsOnlyKeys("accesspoint", "dealer", "spclient");
    }

    @Test
    void skipsEntriesThatAreNotHostNames() {
        ApresolveLists lists = ApresolveLists.parse(
                "{\"accesspoint\":[1, null, \"\", {\"a\":1}, \"ap.spotify.com:443\"],\"dealer\":[\"d:443\"],\"spclient\":[\"s:443\"]}")
                .lists().orElseThrow();

        assertThat(lists.accesspoint()).containsExactly("ap.spotify.com:443");
    }

    @Test
    void keepsAtMostAFewDozenEntriesPerList() {
        String many = String.join(",", Collections.nCopies(1000, "\"ap.spotify.com:443\""));
        ApresolveLists lists = ApresolveLists.parse(
                "{\"accesspoint\":[" + many + "],\"dealer\":[\"d:443\"],\"spclient\":[\"s:443\"]}").lists().orElseThrow();

        assertThat(lists.accesspoint()).hasSize(ApresolveLists.MAX_ENTRIES);
    }

    @Test
    void namesTheListsThatAreMissingOrEmpty() {
        ApresolveLists.Parsed parsed = ApresolveLists.parse("{\"accesspoint\":[\"a:1\"],\"dealer\":[],\"spclient\":\"s:443\"}");

        assertThat(parsed.lists()).isEmpty();
        assertThat(parsed.problem()).contains("no usable dealer, spclient list in the answer");
    }

    @Test
    void hostileInputGivesAReasonNotACrash() {
        byte[] noise = new byte[4096];
        new Random(409).nextBytes(noise);
        List<String> inputs = List.of("", "null", "[]", "\"text\"", "{", "{\"accesspoint\":", "[".repeat(100_000),
                new String(noise, StandardCharsets.ISO_8859_1));

        for (String input : inputs) {
            ApresolveLists.Parsed parsed = ApresolveLists.parse(input);
            assertThat(parsed.lists()).as(input.length() > 20 ? input.substring(0, 20) : input).isEmpty();
            assertThat(parsed.problem()).isPresent();
        }
    }
}
