package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out a {@link StepCard}: the status icon on the left; title, status word and duration on top;
 * the summary; a row with the details toggle, the fix buttons and "Re-run"; below it the selectable
 * technical lines while the details are open.
 */
final class StepCardSkin extends SkinBase<StepCard> {

    private static final int MAX_DETAIL_ROWS = 8;

    private final StatusIcon icon = new StatusIcon();
    private final Label statusWord = new Label();
    private final HBox fixBar = new HBox();
    private final TextArea detailsText = new TextArea();
    private final ToggleButton detailsToggle = new ToggleButton();
    private final Messages messages;

    StepCardSkin(StepCard card) {
        super(card);
        messages = card.messages();
        statusWord.getStyleClass().add("status-word");
        statusWord.textProperty().bind(messages.text(() -> card.getStatus().word(messages), card.statusProperty()));

        Label title = new Label();
        title.getStyleClass().addAll("card-title", Styles.TEXT_BOLD);
        title.textProperty().bind(card.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label duration = new Label();
        duration.getStyleClass().addAll("duration", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        duration.textProperty().bind(card.durationProperty());
        Region headerGap = new Region();
        HBox.setHgrow(headerGap, Priority.ALWAYS);
        HBox header = new HBox(title, headerGap, statusWord, duration);
        header.getStyleClass().add("card-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        Label summary = new Label();
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.textProperty().bind(card.summaryProperty());

        Label latency = new Label();
        latency.getStyleClass().addAll("latency", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        latency.setWrapText(true);
        latency.textProperty().bind(card.latencyProperty());
        latency.visibleProperty().bind(Bindings.isNotEmpty(card.latencyProperty()));
        latency.managedProperty().bind(latency.visibleProperty());

        VBox content = new VBox(header, summary, latency, actionBar(card), detailsPane(card));
        content.getStyleClass().add("content");
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox root = new HBox(icon, content);
        root.getStyleClass().add("card-body");
        root.setAlignment(Pos.TOP_LEFT);
        getChildren().add(root);

        icon.show(card.getStatus());
        card.statusProperty().addListener((obs, old, now) -> icon.show(now));
        card.getFixes().addListener((ListChangeListener<FixOffer>) change -> rebuildFixButtons());
        rebuildFixButtons();
        // Enter or Space on the focused card opens or closes its details
        card.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() == card && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)
                    && detailsToggle.isVisible()) {
                detailsToggle.fire();
                event.consume();
            }
        });
    }

    private VBox detailsPane(StepCard card) {
        detailsText.getStyleClass().add("details-text");
        detailsText.setEditable(false);
        detailsText.setWrapText(true);
        detailsText.setFocusTraversable(false);
        detailsText.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", card.getDetails()), card.getDetails()));
        detailsText.prefRowCountProperty().bind(Bindings.createIntegerBinding(
                () -> Math.max(1, Math.min(MAX_DETAIL_ROWS, card.getDetails().size())), card.getDetails()));
        VBox pane = new VBox(detailsText);
        pane.getStyleClass().add("details");
        pane.visibleProperty().bind(detailsToggle.selectedProperty().and(Bindings.isNotEmpty(card.getDetails())));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private HBox actionBar(StepCard card) {
        FontIcon chevron = new FontIcon(Feather.CHEVRON_RIGHT);
        detailsToggle.setGraphic(chevron);
        detailsToggle.getStyleClass().add("details-toggle");
        detailsToggle.textProperty().bind(messages.text("main.card.details"));
        detailsToggle.setMnemonicParsing(false);
        detailsToggle.accessibleHelpProperty().bind(messages.text("main.card.details.help"));
        detailsToggle.selectedProperty().addListener((obs, was, open) ->
                chevron.setIconCode(open ? Feather.CHEVRON_DOWN : Feather.CHEVRON_RIGHT));
        detailsToggle.visibleProperty().bind(Bindings.isNotEmpty(card.getDetails()));
        detailsToggle.managedProperty().bind(detailsToggle.visibleProperty());

        Button rerun = new Button();
        rerun.setGraphic(new FontIcon(Feather.REFRESH_CW));
        rerun.textProperty().bind(messages.text("main.card.rerun"));
        rerun.setMnemonicParsing(false);
        rerun.getStyleClass().add("rerun");
        rerun.disableProperty().bind(card.rerunDisabledProperty());
        rerun.setOnAction(e -> card.fireRerun());
        Tooltip rerunTip = tooltip("");
        rerunTip.textProperty().bind(messages.text("main.card.rerun.tooltip"));
        rerun.setTooltip(rerunTip);
        rerun.accessibleHelpProperty().bind(rerunTip.textProperty());

        fixBar.getStyleClass().add("fixes");
        fixBar.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(detailsToggle, fixBar, gap, rerun);
        bar.getStyleClass().add("actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void rebuildFixButtons() {
        fixBar.getChildren().clear();
        for (FixOffer offer : getSkinnable().getFixes()) {
            Button button = new Button(offer.label(), new FontIcon(Feather.TOOL));
            button.setMnemonicParsing(false);
            button.getStyleClass().add("fix");
            button.setDisable(!offer.available());
            button.setOnAction(e -> getSkinnable().fireFix(offer.id()));
            button.setTooltip(tooltip(offer.tooltip()));
            button.setAccessibleHelp(offer.tooltip());
            if (offer.available()) {
                button.getStyleClass().add(Styles.ACCENT);
            }
            fixBar.getChildren().add(disabledAware(button, offer));
        }
    }

    /** A disabled button shows no tooltip, so an unavailable fix carries it on a wrapper that does. */
    private static javafx.scene.Node disabledAware(Button button, FixOffer offer) {
        if (offer.available()) {
            return button;
        }
        HBox wrapper = new HBox(button);
        wrapper.getStyleClass().add("unavailable-fix");
        Tooltip.install(wrapper, tooltip(offer.tooltip()));
        return wrapper;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }
}
