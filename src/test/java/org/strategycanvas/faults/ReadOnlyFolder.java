package org.strategycanvas.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder one nobody can write into, for real: read and list only (r-x). Root ignores permissions, so
 * as root the folder is made immutable instead ({@code chattr +i}, where the file system and the container
 * allow it); when neither holds, the test is skipped and says why. {@link #close} gives the folder back.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> before;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, Set<PosixFilePermission> before, boolean immutable) {
        this.folder = folder;
        this.before = before;
        this.immutable = immutable;
    }

    /** The folder, read-only until closed; aborts the test (skipped, with its reason) when that cannot be. */
    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "folder permissions are POSIX ones here; this system has none");
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateIn(folder)) {
            return new ReadOnlyFolder(folder, before, false);
        }
        Files.setPosixFilePermissions(folder, before);
        String uid = run("id", "-u");
        if (run("chattr", "+i", folder.toString()) != null && !canCreateIn(folder)) {
            return new ReadOnlyFolder(folder, before, true);
        }
        run("chattr", "-i", folder.toString());
        Assumptions.abort("running as user " + uid + " (root: folder permissions do not apply) and chattr +i is "
                + "not allowed here: no way to make a folder read-only");
        throw new AssertionError("not reached");
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command's output, or null when it failed or does not exist. */
    private static String run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** How the folder was locked, for the test output. */
    public String how() {
        return immutable ? "chattr +i (running as root)" : "permissions r-x";
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(folder, before);
    }
}
