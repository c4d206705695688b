package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One group's heading and its step cards, each bound to its view model. */
final class GroupSection extends VBox {

    GroupSection(StepCardGroup group, MainViewModel viewModel) {
        getStyleClass().add("group-section");
        setId("group-" + group.group().name().toLowerCase(java.util.Locale.ROOT));
        Label heading = new Label();
        heading.textProperty().bind(viewModel.messages().text(group.titleKey()));
        heading.getStyleClass().addAll("group-title", Styles.TITLE_4);
        getChildren().add(heading);
        group.cards().forEach(card -> getChildren().add(bound(card, viewModel)));
    }

    private static StepCard bound(StepCardViewModel card, MainViewModel viewModel) {
        StepCard view = new StepCard(viewModel.messages());
        view.setId("card-" + card.checkId().replace('.', '-'));
        view.titleProperty().bind(card.titleProperty());
        view.summaryProperty().bind(card.summaryProperty());
        view.durationProperty().bind(card.durationProperty());
        view.latencyProperty().bind(card.latencyProperty());
        view.statusProperty().bind(card.statusProperty());
        Bindings.bindContent(view.getDetails(), card.details());
        Bindings.bindContent(view.getFixes(), card.fixes());
        view.rerunDisabledProperty().bind(viewModel.runningProperty());
        view.onRerunProperty().set(() -> viewModel.rerun(card.checkId()));
        view.onFixProperty().set(viewModel::applyFix);
        return view;
    }
}
