package org.strategycanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A project file read on another thread while the window is being built. When the app starts with a file, reading
 * it (Jackson's first use, the strict checks, the model) need not wait for the window to be ready: the next
 * {@link ProjectFiles#open} of the same file takes the result, once. A file that changed meanwhile (size or time)
 * is read again, and so is one that could not be read: its error then comes from the plain open, as always.
 */
public final class OpenAhead {

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path file, CompletableFuture<OpenedProject> result) {
    }

    private OpenAhead() {
    }

    /** Starts reading this file on a background thread; a file read ahead before and never taken is dropped. */
    public static void start(Path file) {
        CompletableFuture<OpenedProject> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                result.complete(new ProjectFiles().read(file));
            } catch (ProjectFileException | RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "open-ahead");
        reader.setDaemon(true);
        PENDING.set(new Pending(key(file), result));
        reader.start();
    }

    /** What was read ahead for this file, waiting for it if need be; empty if nothing usable was. */
    static Optional<OpenedProject> take(Path file) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.file().equals(key(file)) || !PENDING.compareAndSet(pending, null)) {
            return Optional.empty();
        }
        try {
            OpenedProject opened = pending.result().join();
            return unchanged(file, opened.stamp()) ? Optional.of(opened) : Optional.empty();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** Whether this file is still being read ahead (for tests, which must not take it to wait for it). */
    static boolean pending(Path file) {
        Pending pending = PENDING.get();
        return pending != null && pending.file().equals(key(file)) && !pending.result().isDone();
    }

    private static boolean unchanged(Path file, FileStamp stamp) {
        try {
            return Files.size(file) == stamp.size() && Files.getLastModifiedTime(file).equals(stamp.lastModified());
        } catch (IOException e) {
            return false;
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
