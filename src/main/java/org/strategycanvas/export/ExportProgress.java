package org.strategycanvas.export;

/** Told after each page or image is drawn, for a progress bar; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
