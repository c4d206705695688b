package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.core.Status;
import io.github.doctor409.guide.MonitorSample;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Wait and monitor": interval, Start and Stop, latency per endpoint and status per check over time. */
public final class MonitorView extends BorderPane {

    /** Status as a height on the chart: higher is worse. */
    private static final List<Status> LEVELS = List.of(Status.PASS, Status.WARN, Status.UNKNOWN, Status.FAIL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MonitorViewModel model;
    private final ZoneId zone;
    private final LineChart<Number, Number> latency;
    private final LineChart<Number, Number> status;

    public MonitorView(MonitorViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        getStyleClass().add("monitor");
        getStylesheets().addAll(Objects.requireNonNull(MainView.class.getResource(MainView.STYLESHEET)).toExternalForm(),
                Objects.requireNonNull(MainView.class.getResource(ReportPreviewView.STYLESHEET)).toExternalForm());

        Label title = new Label("Wait and monitor");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label("Re-checks the connection to Spotify and your sign-in, draws how fast each Spotify service"
                + " answers, and tells you when everything is green again.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        Spinner<Integer> interval = new Spinner<>(5, 600, model.intervalSecondsProperty().get(), 5);
        interval.setId("monitor-interval");
        interval.setEditable(true);
        interval.setPrefWidth(110);
        interval.valueProperty().addListener((obs, old, now) -> model.intervalSecondsProperty().set(now));
        interval.disableProperty().bind(model.runningProperty());
        Button start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("monitor-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
        stop.setId("monitor-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label every = new Label("Check every");
        Label seconds = new Label("seconds");
        HBox controls = new HBox(10, every, interval, seconds, start, stop);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("monitor-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.greenProperty().addListener((obs, old, now) -> message.getStyleClass().setAll(now
                ? List.of("label", "green-again") : List.of("label")));

        VBox header = new VBox(title, explain, controls, message);
        header.getStyleClass().add("pane-header");
        setTop(header);

        latency = chart("Answer time per Spotify service (ms)", new NumberAxis());
        latency.setId("latency-chart");
        NumberAxis levels = new NumberAxis(-1, LEVELS.size(), 1);
        levels.setMinorTickVisible(false);
        levels.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int index = (int) Math.round(value.doubleValue());
                return index >= 0 && index < LEVELS.size() && Math.abs(value.doubleValue() - index) < 0.01
                        ? LEVELS.get(index).id() : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        status = chart("Status per check (higher is worse)", levels);
        status.setId("status-chart");
        VBox.setVgrow(latency, Priority.ALWAYS);
        VBox.setVgrow(status, Priority.ALWAYS);
        setCenter(new VBox(latency, status));

        model.samples().addListener((ListChangeListener<MonitorSample>) change -> redraw());
        redraw();
    }

    private LineChart<Number, Number> chart(String title, NumberAxis yAxis) {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setAutoRanging(true);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochSecond) {
                return TIME.format(Instant.ofEpochSecond(epochSecond.longValue()).atZone(zone));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(time, yAxis);
        chart.setTitle(title);
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
            sample.statuses().forEach((check, value) -> series(statusSeries, check).getData()
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
