package io.github.doctor409.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSchemaTest {

    @TempDir
    Path home;

    private static TinySchemaValidator validator() throws Exception {
        try (Reader reader = new InputStreamReader(
                ReportSchemaTest.class.getResourceAsStream("doctor409.report-1.schema.json"), StandardCharsets.UTF_8)) {
            return new TinySchemaValidator(JsonParser.parseReader(reader).getAsJsonObject());
        }
    }

    @Test
    void jsonReportMatchesTheSchema() throws Exception {
        String json = new SupportReport(new Redaction(home, List.of()))
                .render(ReportSamples.ordinary(), ReportSamples.METADATA, ReportFormat.JSON);

        assertThat(validator().validate(JsonParser.parseString(json))).isEmpty();
    }

    @Test
    void redactedReportStillMatchesTheSchema() throws Exception {
        String json = new SupportReport(new Redaction(home, List.of()))
                .render(ReportSamples.plantedEverywhere(home), ReportSamples.METADATA, ReportFormat.JSON);

        assertThat(validator().validate(JsonParser.parseString(json))).isEmpty();
    }

    @Test
    void theValidatorRejectsAWrongDocument() throws Exception {
        String json = new JsonReportWriter().write(ReportSamples.ordinary(), ReportSamples.METADATA);
        JsonObject broken = JsonParser.parseString(json).getAsJsonObject();
        broken.addProperty("schema", "doctor409.report/2");
        broken.getAsJsonObject("verdict").addProperty("status", "maybe");
        broken.getAsJsonArray("checks").get(0).getAsJsonObject().remove("summary");
        broken.getAsJsonArray("checks").get(1).getAsJsonObject().addProperty("durationMs", 1.5);

        assertThat(validator().validate(broken)).hasSize(4)
                .anyMatch(p -> p.startsWith("$.schema"))
                .anyMatch(p -> p.startsWith("$.verdict.status"))
                .anyMatch(p -> p.contains("missing required summary"))
                .anyMatch(p -> p.startsWith("$.checks[1].durationMs"));
    }
}
