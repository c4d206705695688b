package io.github.doctor409.ui;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * One check as a card: status icon and word, title, summary, expandable details, fix buttons and a
 * re-run button. Its status is a CSS pseudo-class ({@code :pass}, {@code :fail}, {@code :running} …),
 * so the stylesheet, not the code, decides colours. Knows nothing of checks or view models.
 *
 * <p>The card takes the keyboard focus (Tab stops on it before its buttons; Enter or Space opens its
 * details) and tells a screen reader "title: status word. summary" in the window's language.
 */
public final class StepCard extends Control {

    private static final String STYLE_CLASS = "step-card";
    private static final Map<CardStatus, PseudoClass> PSEUDO_CLASSES = pseudoClasses();

    private final ObjectProperty<CardStatus> status = new SimpleObjectProperty<>(this, "status", CardStatus.WAITING);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty latency = new SimpleStringProperty(this, "latency", "");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<FixOffer> fixes = FXCollections.observableArrayList();
    private final BooleanProperty rerunDisabled = new SimpleBooleanProperty(this, "rerunDisabled", false);
    private final ObjectProperty<Runnable> onRerun = new SimpleObjectProperty<>(this, "onRerun");
    private final ObjectProperty<Consumer<String>> onFix = new SimpleObjectProperty<>(this, "onFix");

    private final Messages messages;

    public StepCard(Messages messages) {
        this.messages = messages;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        pseudoClassStateChanged(PSEUDO_CLASSES.get(status.get()), true);
        status.addListener((obs, old, now) -> {
            pseudoClassStateChanged(PSEUDO_CLASSES.get(old), false);
            pseudoClassStateChanged(PSEUDO_CLASSES.get(now), true);
        });
        accessibleTextProperty().bind(messages.text(
                () -> messages.get("main.card.accessible", title.get(), status.get().word(messages), summary.get()),
                title, status, summary));
        accessibleHelpProperty().bind(messages.text(
                () -> messages.get(details.isEmpty() && fixes.isEmpty() ? "main.card.help.plain" : "main.card.help"),
                details, fixes));
    }

    /** The window's texts, for the skin. */
    Messages messages() {
        return messages;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StepCardSkin(this);
    }

    /** True when {@code status} is this card's pseudo-class, e.g. {@code card.hasPseudoClass(CardStatus.FAIL)}. */
    public boolean hasPseudoClass(CardStatus candidate) {
        return getPseudoClassStates().contains(PSEUDO_CLASSES.get(candidate));
    }

    public ObjectProperty<CardStatus> statusProperty() {
        return status;
    }

    public CardStatus getStatus() {
        return status.get();
    }

    public void setStatus(CardStatus value) {
        status.set(value == null ? CardStatus.WAITING : value);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** How long the check took, e.g. "0.4 s". */
    public StringProperty durationProperty() {
        return duration;
    }

    /** Per-endpoint latency line; hidden when empty. */
    public StringProperty latencyProperty() {
        return latency;
    }

    /** Technical lines behind the "Details" toggle; the toggle hides when there are none. */
    public ObservableList<String> getDetails() {
        return details;
    }

    public ObservableList<FixOffer> getFixes() {
        return fixes;
    }

    public BooleanProperty rerunDisabledProperty() {
        return rerunDisabled;
    }

    public ObjectProperty<Runnable> onRerunProperty() {
        return onRerun;
    }

    /** Called with the fix id when an available fix's button is pressed. */
    public ObjectProperty<Consumer<String>> onFixProperty() {
        return onFix;
    }

    void fireRerun() {
        Runnable handler = onRerun.get();
        if (handler != null) {
            handler.run();
        }
    }

    void fireFix(String fixId) {
        Consumer<String> handler = onFix.get();
        if (handler != null) {
            handler.accept(fixId);
        }
    }

    private static Map<CardStatus, PseudoClass> pseudoClasses() {
        Map<CardStatus, PseudoClass> map = new EnumMap<>(CardStatus.class);
        for (CardStatus value : CardStatus.values()) {
            map.put(value, PseudoClass.getPseudoClass(value.pseudoClassName()));
        }
        return Collections.unmodifiableMap(map);
    }
}
