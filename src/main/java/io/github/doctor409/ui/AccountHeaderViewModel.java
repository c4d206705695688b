package io.github.doctor409.ui;

import io.github.doctor409.account.AccountSummary;
import io.github.doctor409.account.SignedInAccount;
import io.github.doctor409.core.TaskExecutor;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The header's account corner: who is signed in (display name and plan, shown in the window only) and
 * the sign-out command. Asks Spotify off the FX thread; properties change on {@code uiThread} only.
 */
public final class AccountHeaderViewModel {

    static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);
    static final String SIGN_OUT_FIX = "fix.sign-out";

    private final SignedInAccount account;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final MainViewModel main;

    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
    private final LiveText name;
    private final LiveText plan;
    private int lookups;

    public AccountHeaderViewModel(SignedInAccount account, TaskExecutor executor, Executor uiThread, MainViewModel main) {
        this.account = account;
        this.executor = executor;
        this.uiThread = uiThread;
        this.main = main;
        this.name = LiveText.empty(main.messages());
        this.plan = LiveText.empty(main.messages());
        main.runningProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                refresh();
            }
        });
    }

    // ---- read-only state ----

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** The account's display name, or "Signed in" when it has none. */
    public ReadOnlyStringProperty nameProperty() {
        return name.property();
    }

    /** "Premium", "Free" or empty when unknown. */
    public ReadOnlyStringProperty planProperty() {
        return plan.property();
    }

    // ---- commands ----

    /** Looks up who is signed in; a newer lookup wins over an older one. Call on the FX thread. */
    public void refresh() {
        int lookup = ++lookups;
        executor.submit(() -> {
            Optional<AccountSummary> summary = account.current(LOOKUP_TIMEOUT);
            uiThread.execute(() -> {
                if (lookup == lookups) {
                    show(summary);
                }
            });
        });
    }

    /** Runs {@code fix.sign-out} (which asks first); the header updates when the cards have re-run. */
    public void signOut() {
        main.applyFix(SIGN_OUT_FIX);
    }

    private void show(Optional<AccountSummary> summary) {
        signedIn.set(summary.isPresent());
        Optional<String> displayName = summary.flatMap(AccountSummary::displayName);
        if (displayName.isPresent()) {
            String shown = displayName.get();
            name.say(() -> shown);
        } else if (summary.isPresent()) {
            name.say("main.account.signedIn");
        } else {
            name.clear();
        }
        Optional<String> product = summary.flatMap(AccountSummary::product);
        if (product.isEmpty() || product.get().isEmpty()) {
            plan.clear();
        } else {
            String value = product.get();
            plan.say(() -> planWord(value));
        }
    }

    /** Spotify's product in the window's words; a product it does not know is shown as Spotify names it. */
    private String planWord(String product) {
        return switch (product) {
            case "premium" -> main.messages().get("main.account.premium");
            case "free", "open" -> main.messages().get("main.account.free");
            default -> product.substring(0, 1).toUpperCase(Locale.ROOT) + product.substring(1);
        };
    }
}
