package io.github.doctor409.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN §7, each rule with the reason it exists. */
@AnalyzeClasses(packages = "io.github.doctor409", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "io.github.doctor409.network..", "io.github.doctor409.account..", "io.github.doctor409.desktop..",
        "io.github.doctor409.report..", "io.github.doctor409.guide.."
    };

    @ArchTest
    static final ArchRule onlyTheUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("io.github.doctor409.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("checks, fixes and the CLI must run without the JavaFX toolkit (the CLI path never starts it)");

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("io.github.doctor409.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.doctor409.app..", "io.github.doctor409.cli..", "io.github.doctor409.ui..",
                    "io.github.doctor409.network..", "io.github.doctor409.account..", "io.github.doctor409.desktop..",
                    "io.github.doctor409.report..", "io.github.doctor409.guide..")
            .because("dependencies point inward: every feature builds on core, core on nothing");

    @ArchTest
    static final ArchRule featuresDoNotReachOutward = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.doctor409.app..", "io.github.doctor409.cli..", "io.github.doctor409.ui..")
            .because("features serve both the window and the command line, and are wired by the composition root");

    @ArchTest
    static final ArchRule nothingImportsTheViews = noClasses()
            .that().resideOutsideOfPackage("io.github.doctor409.ui..")
            .should().dependOnClassesThat().resideInAPackage("io.github.doctor409.ui..")
            .because("Main opens the window reflectively so a plain jar runs the CLI without JavaFX");

    @ArchTest
    static final ArchRule onlyMainUsesTheCli = noClasses()
            .that().resideOutsideOfPackage("io.github.doctor409.cli..")
            .and().doNotHaveFullyQualifiedName("io.github.doctor409.Main")
            .should().dependOnClassesThat().resideInAPackage("io.github.doctor409.cli..")
            .because("the CLI is an outer layer like the views");

    @ArchTest
    static final ArchRule threadsComeFromTheOneExecutor = noClasses()
            .that().doNotHaveFullyQualifiedName("io.github.doctor409.core.BackgroundExecutor")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().callConstructor(Thread.class)
            .because("all blocking work runs on one injected, cancellable executor (STYLE §4)");

    @ArchTest
    static final ArchRule nobodySleepsToWait = noClasses()
            .should().callMethod(Thread.class, "sleep", long.class)
            .because("sleeping to wait for something is slow and flaky; wait on the thing itself");

    @ArchTest
    static final ArchRule noGrabBagNames = classes()
            .should().haveSimpleNameNotEndingWith("Manager")
            .andShould().haveSimpleNameNotEndingWith("Util")
            .andShould().haveSimpleNameNotEndingWith("Utils")
            .andShould().haveSimpleNameNotEndingWith("Helper")
            .because("names say what a class is (STYLE §3)");

}
