package org.strategycanvas.io;

import org.strategycanvas.model.Project;

/**
 * A project read from disk, the stamp of the bytes it was read from, and the format version the file
 * was in ({@link ProjectFormat#CURRENT_VERSION} unless it was migrated while reading).
 */
public record OpenedProject(Project project, FileStamp stamp, int migratedFromVersion) {

    /** True when the file was in an older format: saving it will rewrite it in the current one. */
    public boolean wasMigrated() {
        return migratedFromVersion < ProjectFormat.CURRENT_VERSION;
    }
}
