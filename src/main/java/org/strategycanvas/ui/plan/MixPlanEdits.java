package org.strategycanvas.ui.plan;

import java.util.function.UnaryOperator;
import org.strategycanvas.command.EditMixPlan;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.ui.editor.Editor;

/** A change to the mix plan as one undo step; a change that changes nothing is not recorded. */
final class MixPlanEdits {

    private MixPlanEdits() {
    }

    static void apply(Editor editor, UnaryOperator<MixPlan> change) {
        MixPlan before = editor.project().mixPlan();
        MixPlan after = change.apply(before);
        if (!after.equals(before)) {
            editor.execute(new EditMixPlan(before, after));
        }
    }
}
