package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.core.Status;
import io.github.doctor409.guide.MonitorSample;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Wait and monitor": interval, Start and Stop, latency per endpoint and status per check over time.
 * Texts, chart titles, legends and time ticks follow the language of {@link Messages} live; the status
 * message carries an icon and words, so its colour is never the only signal. Alt and the underlined
 * letter reach the interval, Start and Stop.
 */
public final class MonitorView extends BorderPane {

    /** Status as a height on the chart: higher is worse. */
    private static final List<Status> LEVELS = List.of(Status.PASS, Status.WARN, Status.UNKNOWN, Status.FAIL);
    private final MonitorViewModel model;
    private final ZoneId zone;
    private final Messages messages;
    private final CheckTexts checkTexts;
    private final LineChart<Number, Number> latency;
    private final LineChart<Number, Number> status;

    public MonitorView(MonitorViewModel model) {
        this.model = model;
        this.zone = model.zone();
        this.messages = model.messages();
        this.checkTexts = new CheckTexts(messages);
        getStyleClass().add("monitor");
        getStylesheets().addAll(Objects.requireNonNull(MainView.class.getResource(MainView.STYLESHEET)).toExternalForm(),
                Objects.requireNonNull(MainView.class.getResource(ReportPreviewView.STYLESHEET)).toExternalForm());

        Label title = bound(new Label(), "windows.monitor.title");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = bound(new Label(), "windows.monitor.explain");
        explain.setWrapText(true);
        explain.setMinHeight(Label.USE_PREF_SIZE);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        Spinner<Integer> interval = new Spinner<>(5, 600, model.intervalSecondsProperty().get(), 5);
        interval.setId("monitor-interval");
        interval.setEditable(true);
        interval.setPrefWidth(110);
        interval.valueProperty().addListener((obs, old, now) -> model.intervalSecondsProperty().set(now));
        interval.disableProperty().bind(model.runningProperty());
        Button start = bound(new Button(null, new FontIcon(Feather.PLAY)), "windows.monitor.start");
        start.setMnemonicParsing(true);
        start.setDefaultButton(true);
        start.setId("monitor-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button stop = bound(new Button(null, new FontIcon(Feather.SQUARE)), "windows.monitor.stop");
        stop.setMnemonicParsing(true);
        stop.setId("monitor-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label every = bound(new Label(), "windows.monitor.every");
        every.setMnemonicParsing(true);
        every.setLabelFor(interval);
        Label seconds = bound(new Label(), "windows.monitor.seconds");
        interval.accessibleTextProperty().bind(messages.text("windows.monitor.intervalName"));
        for (Labeled labeled : new Labeled[] {start, stop, every, seconds}) {
            labeled.setMinWidth(Label.USE_PREF_SIZE);
        }
        HBox controls = new HBox(10, every, interval, seconds, start, stop);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("monitor-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        FontIcon state = new FontIcon(Feather.CLOCK);
        message.setGraphic(state);
        Runnable restyle = () -> {
            boolean green = model.greenProperty().get();
            message.getStyleClass().setAll(green ? List.of("label", "green-again") : List.of("label"));
            state.setIconCode(green ? Feather.CHECK_CIRCLE : model.samples().isEmpty() ? Feather.CLOCK
                    : model.samples().get(model.samples().size() - 1).allGreen() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE);
        };
        model.greenProperty().addListener((obs, old, now) -> restyle.run());
        model.samples().addListener((ListChangeListener<MonitorSample>) change -> restyle.run());
        restyle.run();

        VBox header = new VBox(title, explain, controls, message);
        header.getStyleClass().add("pane-header");
        setTop(header);

        latency = chart("windows.monitor.latencyChart", new NumberAxis());
        latency.setId("latency-chart");
        NumberAxis levels = new NumberAxis(-1, LEVELS.size(), 1);
        levels.setMinorTickVisible(false);
        levels.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int index = (int) Math.round(value.doubleValue());
                return index >= 0 && index < LEVELS.size() && Math.abs(value.doubleValue() - index) < 0.01
                        ? messages.get("windows.monitor.level." + LEVELS.get(index).id()) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        status = chart("windows.monitor.statusChart", levels);
        status.setId("status-chart");
        VBox.setVgrow(latency, Priority.ALWAYS);
        VBox.setVgrow(status, Priority.ALWAYS);
        setCenter(new VBox(latency, status));

        model.samples().addListener((ListChangeListener<MonitorSample>) change -> redraw());
        messages.localeProperty().addListener((obs, old, now) -> {
            // tick labels and legends are drawn from formatters: draw them again in the new language
            redraw();
            refreshTicks(levels);
        });
        redraw();
    }

    /** Makes an axis format its tick labels again (a formatter change is what it listens to). */
    private static void refreshTicks(NumberAxis axis) {
        StringConverter<Number> formatter = axis.getTickLabelFormatter();
        axis.setTickLabelFormatter(null);
        axis.setTickLabelFormatter(formatter);
    }

    private <T extends Labeled> T bound(T labeled, String key) {
        labeled.textProperty().bind(messages.text(key));
        return labeled;
    }

    private LineChart<Number, Number> chart(String titleKey, NumberAxis yAxis) {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setAutoRanging(true);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochSecond) {
                // samples are seconds apart: the locale's time with seconds, e.g. 12:00:30 or 12:00:30 PM
                return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                        .format(Instant.ofEpochSecond(epochSecond.longValue()).atZone(zone));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(time, yAxis);
        chart.titleProperty().bind(messages.text(titleKey));
        messages.localeProperty().addListener((obs, old, now) -> refreshTicks(time));
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(200);
        return chart;
    }

    private void redraw() {
        Map<String, XYChart.Series<Number, Number>> latencySeries = new LinkedHashMap<>();
        Map<String, XYChart.Series<Number, Number>> statusSeries = new LinkedHashMap<>();
        for (MonitorSample sample : model.samples()) {
            long x = sample.at().getEpochSecond();
            sample.latencyMs().forEach((endpoint, ms) -> series(latencySeries, endpoint).getData()
                    .add(new XYChart.Data<>(x, ms)));
            sample.statuses().forEach((check, value) -> series(statusSeries, checkTexts.title(check, check)).getData()
                    .add(new XYChart.Data<>(x, level(value))));
        }
        latency.getData().setAll(latencySeries.values());
        status.getData().setAll(statusSeries.values());
    }

    private static XYChart.Series<Number, Number> series(Map<String, XYChart.Series<Number, Number>> all, String name) {
        return all.computeIfAbsent(name, key -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(key);
            return series;
        });
    }

    private static int level(Status value) {
        return switch (value) {
            case PASS, SKIPPED -> 0;
            case WARN -> 1;
            case UNKNOWN, ERROR -> 2;
            case FAIL -> 3;
        };
    }
}
