package org.strategycanvas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The direction of imports: model at the bottom, then command, io and render, then export, then ui and app. */
@AnalyzeClasses(packages = "org.strategycanvas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..strategycanvas.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..",
                    "..strategycanvas.command..", "..strategycanvas.io..", "..strategycanvas.render..",
                    "..strategycanvas.ui..", "..strategycanvas.app..", "..strategycanvas.i18n..");

    @ArchTest
    static final ArchRule commandsKnowOnlyTheModel = noClasses().that().resideInAPackage("..strategycanvas.command..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..strategycanvas.io..",
                    "..strategycanvas.render..", "..strategycanvas.ui..", "..strategycanvas.app..");

    @ArchTest
    static final ArchRule ioHasNoUserInterface = noClasses().that().resideInAPackage("..strategycanvas.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..strategycanvas.render..",
                    "..strategycanvas.ui..", "..strategycanvas.app..", "..strategycanvas.command..");

    @ArchTest
    static final ArchRule rendererDrawsOnAnySurface = noClasses().that().resideInAPackage("..strategycanvas.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..strategycanvas.io..",
                    "..strategycanvas.ui..", "..strategycanvas.app..", "..strategycanvas.export..");

    /** Exports (PDF, PNG) run on the command line with no display: no JavaFX, and nothing of the window. */
    @ArchTest
    static final ArchRule exportNeedsNoJavaFx = noClasses().that().resideInAPackage("..strategycanvas.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..strategycanvas.ui..",
                    "..strategycanvas.app..", "..strategycanvas.command..");

    @ArchTest
    static final ArchRule i18nIsPlainJava = noClasses().that().resideInAPackage("..strategycanvas.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..strategycanvas.ui..",
                    "..strategycanvas.app..", "..strategycanvas.io..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheCommandLine = noClasses().that().resideInAPackage("..strategycanvas.ui..")
            .should().dependOnClassesThat().haveSimpleName("Cli");
}
