package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.SettingProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The settings form: appearance, checks, sign-in, and the service addresses in a collapsed "Advanced"
 * section; Save (Enter), Cancel (Escape) and "Reset to defaults". Every label has a mnemonic (Alt+letter)
 * that moves to its field; a field's problem shows right under it, and Save moves the focus to the first
 * field with one. Fields an environment variable sets are read-only and say which variable.
 */
public final class SettingsView extends BorderPane {

    static final String STYLESHEET = "settings.css";
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Map<SettingKey, Control> fields = new EnumMap<>(SettingKey.class);
    private final TitledPane advanced = new TitledPane();
    private final Button save = new Button();

    public SettingsView(SettingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("settings-view");
        getStylesheets().add(Objects.requireNonNull(SettingsView.class.getResource(STYLESHEET)).toExternalForm());

        VBox form = new VBox(
                section("settings.section.appearance", SettingKey.THEME, SettingKey.LANGUAGE),
                section("settings.section.checks", SettingKey.NETWORK_TIMEOUT),
                section("settings.section.account", SettingKey.CLIENT_ID, SettingKey.TOKEN_STORE),
                advancedSection(),
                restartNote());
        form.getStyleClass().add("form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        setBottom(buttons());
    }

    /** The field for {@code key}, for the window's first focus and for tests. */
    Control field(SettingKey key) {
        return fields.get(key);
    }

    /** Puts the focus on the first field. */
    public void focusFirstField() {
        fields.get(SettingKey.THEME).requestFocus();
    }

    static String id(SettingKey key) {
        return "setting-" + key.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private VBox section(String titleKey, SettingKey... keys) {
        Label title = new Label();
        title.textProperty().bind(messages.text(titleKey));
        title.getStyleClass().addAll("section-title", Styles.TITLE_4);
        VBox section = new VBox(title, grid(keys));
        section.getStyleClass().add("section");
        return section;
    }

    private TitledPane advancedSection() {
        Label hint = new Label();
        hint.textProperty().bind(messages.text("settings.advanced.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox content = new VBox(hint, grid(SettingKey.ACCOUNTS_URL, SettingKey.API_URL, SettingKey.APRESOLVE_URL,
                SettingKey.VERSIONS_URL));
        content.getStyleClass().add("advanced-content");
        advanced.setContent(content);
        advanced.textProperty().bind(messages.text("settings.section.advanced"));
        advanced.setMnemonicParsing(true);
        advanced.setExpanded(false);
        advanced.setAnimated(false); // opened by Save to show a problem, the field must take the focus at once
        advanced.setId("settings-advanced");
        advanced.getStyleClass().add("advanced");
        return advanced;
    }

    private Label restartNote() {
        Label note = new Label();
        note.setId("settings-restart-note");
        note.setGraphic(new FontIcon(Feather.INFO));
        note.textProperty().bind(messages.text("settings.restart.note"));
        note.getStyleClass().add("restart-note");
        note.setWrapText(true);
        return note;
    }

    private GridPane grid(SettingKey... keys) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (SettingKey key : keys) {
            Control field = newField(key);
            Label label = new Label();
            label.textProperty().bind(messages.text(labelKey(key)));
            label.setMnemonicParsing(true);
            label.setLabelFor(field);
            label.getStyleClass().add("field-label");
            grid.add(label, 0, row);
            grid.add(inputRow(key, field), 1, row);
            row++;
            VBox below = new VBox();
            below.getStyleClass().add("below");
            hintKey(key).ifPresent(hint -> below.getChildren().add(hint(hint)));
            viewModel.overriddenBy(key).ifPresent(variable -> below.getChildren().add(environmentNote(variable)));
            below.getChildren().add(problemLabel(key, field));
            grid.add(below, 1, row);
            row++;
        }
        return grid;
    }

    private Node inputRow(SettingKey key, Control field) {
        if (key != SettingKey.NETWORK_TIMEOUT) {
            return field;
        }
        Label unit = new Label();
        unit.textProperty().bind(messages.text("settings.timeout.unit"));
        HBox row = new HBox(field, unit);
        row.getStyleClass().add("with-unit");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Control newField(SettingKey key) {
        Control field = key.choices().isEmpty() ? textField(key) : choiceBox(key);
        field.setId(id(key));
        field.setDisable(viewModel.isOverridden(key));
        field.setMaxWidth(key == SettingKey.NETWORK_TIMEOUT ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
        fields.put(key, field);
        return field;
    }

    private TextField textField(SettingKey key) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(viewModel.value(key));
        if (key == SettingKey.NETWORK_TIMEOUT) {
            text.setPrefColumnCount(4);
            text.getStyleClass().add("timeout");
        } else if (key == SettingKey.CLIENT_ID) {
            text.promptTextProperty().bind(messages.text("settings.clientId.prompt"));
            text.getStyleClass().add("monospace");
        } else if (key == SettingKey.VERSIONS_URL) {
            text.promptTextProperty().bind(messages.text("settings.url.versions.prompt"));
        } else {
            text.setPromptText(key.defaultValue());
        }
        return text;
    }

    private ComboBox<String> choiceBox(SettingKey key) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(key.choices());
        box.valueProperty().bindBidirectional(viewModel.value(key));
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable translate = () -> {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String choice) {
                    return choice == null ? "" : messages.get(choiceKey(key, choice));
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : messages.get(choiceKey(key, item)));
                }
            });
        };
        translate.run();
        messages.localeProperty().addListener((obs, old, now) -> translate.run());
        return box;
    }

    private Label hint(String key) {
        Label hint = new Label();
        if (key.equals("settings.timeout.hint")) {
            hint.textProperty().bind(messages.text(key, SettingKey.MIN_TIMEOUT_SECONDS, SettingKey.MAX_TIMEOUT_SECONDS));
        } else {
            hint.textProperty().bind(messages.text(key));
        }
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private Label environmentNote(String variable) {
        Label note = new Label("", new FontIcon(Feather.LOCK));
        note.textProperty().bind(messages.text("settings.env.note", variable));
        note.getStyleClass().add("env-note");
        note.setWrapText(true);
        return note;
    }

    private Label problemLabel(SettingKey key, Control field) {
        Label problem = new Label("", new FontIcon(Feather.ALERT_CIRCLE));
        problem.setId(id(key) + "-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(messages.text(() -> words(viewModel.problem(key).get()), viewModel.problem(key)));
        problem.visibleProperty().bind(viewModel.problem(key).isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        viewModel.problem(key).addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now != null));
        field.pseudoClassStateChanged(DANGER, viewModel.problem(key).get() != null);
        return problem;
    }

    private String words(SettingProblem problem) {
        return problem == null ? "" : messages.get("settings.problem." + problem.kind().name(), problem.args().toArray());
    }

    private HBox buttons() {
        Button reset = new Button();
        reset.setId("settings-reset");
        reset.textProperty().bind(messages.text("settings.button.reset"));
        reset.setMnemonicParsing(true);
        reset.setOnAction(e -> viewModel.resetToDefaults());

        Label failure = new Label("", new FontIcon(Feather.ALERT_TRIANGLE));
        failure.setId("settings-save-failure");
        failure.getStyleClass().add("field-error");
        failure.setWrapText(true);
        failure.textProperty().bind(messages.text(() -> viewModel.saveFailureProperty().get() == null ? ""
                : messages.get("settings.save.failed", viewModel.saveFailureProperty().get()), viewModel.saveFailureProperty()));
        failure.visibleProperty().bind(viewModel.saveFailureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        HBox.setHgrow(failure, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button cancel = new Button();
        cancel.setId("settings-cancel");
        cancel.textProperty().bind(messages.text("settings.button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> viewModel.cancel());

        save.setId("settings-save");
        save.textProperty().bind(messages.text(() -> messages.get(viewModel.savingProperty().get()
                ? "settings.saving" : "settings.button.save"), viewModel.savingProperty()));
        save.setMnemonicParsing(true);
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(e -> {
            if (!viewModel.save()) {
                viewModel.firstProblem().ifPresent(this::focusProblem);
            }
        });

        for (Button b : List.of(reset, cancel, save)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(reset, failure, gap, cancel, save);
        bar.getStyleClass().add("buttons");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void focusProblem(SettingKey key) {
        Control field = fields.get(key);
        if (isAdvanced(key) && !advanced.isExpanded()) {
            advanced.setExpanded(true);
            advanced.applyCss();
            advanced.layout();
        }
        field.requestFocus();
        if (field instanceof TextField text) {
            text.selectAll();
        }
    }

    private static boolean isAdvanced(SettingKey key) {
        return switch (key) {
            case ACCOUNTS_URL, API_URL, APRESOLVE_URL, VERSIONS_URL -> true;
            default -> false;
        };
    }

    static String labelKey(SettingKey key) {
        return switch (key) {
            case CLIENT_ID -> "settings.clientId.label";
            case TOKEN_STORE -> "settings.tokenStore.label";
            case THEME -> "settings.theme.label";
            case LANGUAGE -> "settings.language.label";
            case NETWORK_TIMEOUT -> "settings.timeout.label";
            case ACCOUNTS_URL -> "settings.url.accounts";
            case API_URL -> "settings.url.api";
            case APRESOLVE_URL -> "settings.url.apresolve";
            case VERSIONS_URL -> "settings.url.versions";
        };
    }

    private static java.util.Optional<String> hintKey(SettingKey key) {
        return switch (key) {
            case CLIENT_ID -> java.util.Optional.of("settings.clientId.hint");
            case NETWORK_TIMEOUT -> java.util.Optional.of("settings.timeout.hint");
            default -> java.util.Optional.empty();
        };
    }

    static String choiceKey(SettingKey key, String choice) {
        String area = switch (key) {
            case THEME -> "settings.theme.";
            case LANGUAGE -> "settings.language.";
            case TOKEN_STORE -> "settings.tokenStore.";
            default -> throw new IllegalArgumentException(key + " has no choices");
        };
        return area + choice;
    }
}
