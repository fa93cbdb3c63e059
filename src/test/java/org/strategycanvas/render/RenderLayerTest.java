package org.strategycanvas.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The renderer stays free of JavaFX and of the UI, so that PDF and printing can reuse it. */
class RenderLayerTest {

    @Test
    void renderUsesNeitherJavaFxNorTheUi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.strategycanvas");
        noClasses().that().resideInAPackage("org.strategycanvas.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.strategycanvas.ui..",
                        "org.kordamp..")
                .check(classes);
    }
}
