package org.strategycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered steps that bring any older project file up to the current format version. */
public final class Migrations {

    private final Map<Integer, Migration> byFromVersion = new HashMap<>();
    private final int currentVersion;

    public Migrations(List<Migration> steps, int currentVersion) {
        this.currentVersion = currentVersion;
        for (Migration step : steps) {
            if (step.fromVersion() < 1 || step.fromVersion() >= currentVersion) {
                throw new IllegalArgumentException("migration from " + step.fromVersion()
                        + " is outside 1.." + (currentVersion - 1));
            }
            if (byFromVersion.put(step.fromVersion(), step) != null) {
                throw new IllegalArgumentException("two migrations from " + step.fromVersion());
            }
        }
    }

    /** The steps of this build: 1 to 2 adds activity dates and the mix plan; 2 to 3 adds the plan. */
    public static Migrations production() {
        return new Migrations(List.of(new Version1To2(), new Version2To3()), ProjectFormat.CURRENT_VERSION);
    }

    /** The kept layout of an older version, to check its files strictly before migrating them. */
    public Optional<Class<?>> layoutOf(int version) {
        Migration step = byFromVersion.get(version);
        return step == null ? Optional.empty() : step.fromLayout();
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** Applies every step from {@code fileVersion} up to the current version, in order. */
    public void migrate(ObjectNode root, int fileVersion, String fileName) throws ProjectFileException {
        for (int v = fileVersion; v < currentVersion; v++) {
            Migration step = byFromVersion.get(v);
            if (step == null) {
                throw new ProjectFileException("io.error.missingMigration", fileName, fileVersion);
            }
            step.apply(root);
            root.put("schemaVersion", v + 1);
        }
    }
}
