package org.strategycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One step of the file format's history: rewrites a version {@code fromVersion()} tree into the next. */
public interface Migration {

    int fromVersion();

    /** Changes the tree in place; the caller then sets {@code schemaVersion} to {@code fromVersion() + 1}. */
    void apply(ObjectNode root);

    /**
     * The layout records of version {@code fromVersion()}, when kept: files of that version are first bound
     * to them from their text, so that wrong types and unknown keys are reported with a line and column.
     */
    default Optional<Class<?>> fromLayout() {
        return Optional.empty();
    }
}
