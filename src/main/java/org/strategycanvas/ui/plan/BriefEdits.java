package org.strategycanvas.ui.plan;

import java.util.function.UnaryOperator;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.ui.editor.Editor;

/** Every change the brief form makes: one plan edit, one undo step, and nothing when nothing changes. */
final class BriefEdits {

    private final Editor editor;

    BriefEdits(Editor editor) {
        this.editor = editor;
    }

    Brief current() {
        return editor.project().brief();
    }

    void apply(String descriptionKey, UnaryOperator<Brief> change) {
        Plan before = editor.project().plan();
        Brief after = change.apply(before.brief());
        if (!after.equals(before.brief())) {
            editor.execute(new EditPlan(before, before.withBrief(after), descriptionKey));
        }
    }
}
