package org.strategycanvas.ui.start;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** One screen of the guided start. */
interface WizardStep {

    /** Names the step's texts: {@code start.wizard.<key>.title} and {@code .intro}. */
    String key();

    Node view();

    /** Where the keyboard goes when the step shows. */
    Node firstField();

    /** Forgets what was typed (Skip). */
    void clear();

    /** False while a field holds something that cannot be kept, such as "abc" for an amount. */
    ObservableBooleanValue valid();
}
