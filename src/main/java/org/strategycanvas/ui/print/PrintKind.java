package org.strategycanvas.ui.print;

/** What goes to paper: the canvas on one sheet, the canvas as a poster over several sheets, or the plan document. */
public enum PrintKind {
    CANVAS("canvas"), POSTER("poster"), PLAN_DOCUMENT("planDocument");

    private final String id;

    PrintKind(String id) {
        this.id = id;
    }

    /** Its name in the bundle keys and the dialog's ids. */
    public String id() {
        return id;
    }
}
