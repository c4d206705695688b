package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The signed-in account in the header: name, plan and "Sign out"; hidden while nobody is signed in. */
public final class AccountHeader extends HBox {

    public AccountHeader(AccountHeaderViewModel viewModel, Messages messages) {
        getStyleClass().add("account-header");
        setId("account-header");
        setAlignment(Pos.CENTER_RIGHT);

        Label name = new Label("", new FontIcon(Feather.USER));
        name.setId("account-name");
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.textProperty().bind(viewModel.nameProperty());
        name.setMnemonicParsing(false);

        Label plan = new Label();
        plan.setId("account-plan");
        plan.getStyleClass().addAll("account-plan", Styles.TEXT_SMALL);
        plan.textProperty().bind(viewModel.planProperty());
        plan.visibleProperty().bind(viewModel.planProperty().isNotEmpty());
        plan.managedProperty().bind(plan.visibleProperty());

        Button signOut = new Button();
        signOut.setGraphic(new FontIcon(Feather.LOG_OUT));
        signOut.textProperty().bind(messages.text("main.account.signOut"));
        signOut.setId("sign-out");
        signOut.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        signOut.setMnemonicParsing(true);
        signOut.setOnAction(e -> viewModel.signOut());

        getChildren().addAll(name, plan, signOut);
        visibleProperty().bind(viewModel.signedInProperty());
        managedProperty().bind(visibleProperty());
    }
}
