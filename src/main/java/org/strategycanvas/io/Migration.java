package org.strategycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of the file format's history: rewrites a version {@code fromVersion()} tree into the next. */
public interface Migration {

    int fromVersion();

    /** Changes the tree in place; the caller then sets {@code schemaVersion} to {@code fromVersion() + 1}. */
    void apply(ObjectNode root);
}
