package org.strategycanvas.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version, as the pom gives it: from a resource Maven fills in at every build (so it is known
 * in {@code mvn javafx:run} and the tests too), else from the jar's manifest, else "dev".
 */
public final class AppVersion {

    private static final String RESOURCE = "/org/strategycanvas/app/version.properties";

    private AppVersion() {
    }

    public static String get() {
        String fromBuild = fromResource();
        if (fromBuild != null) {
            return fromBuild;
        }
        String fromJar = AppVersion.class.getPackage().getImplementationVersion();
        return fromJar == null ? "dev" : fromJar;
    }

    private static String fromResource() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            // Unfilled (a build that skipped the resources step): not a version.
            return version == null || version.isBlank() || version.contains("${") ? null : version.trim();
        } catch (IOException e) {
            return null;
        }
    }
}
