package org.strategycanvas.io.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.strategycanvas.io.ProjectFileException;

/**
 * The autosave journal of one running app: a folder of its own, {@code <data>/journal/session-<pid>-…/}, with
 * one entry per open document that has unsaved changes, and a lock file held for as long as the app runs.
 * An app that ends normally removes its folder; one that crashed, was killed or lost power leaves it behind
 * with its lock free, and the next start offers its entries for recovery ({@link #orphans}). Two apps running
 * at once each keep their own and never take the other's. Writes happen in the order asked, on one
 * background thread, so the window never waits for the disk.
 */
public final class Journal implements AutoCloseable {

    static final String FOLDER = "journal";
    static final String LOCK = "session.lock";

    /** Something to do on the journal's thread. */
    interface Task {
        void run() throws IOException, ProjectFileException;
    }

    private final Path folder;
    private final SessionLock lock;
    private final ExecutorService writer;
    private final AtomicInteger lastEntry = new AtomicInteger();

    private Journal(Path folder, SessionLock lock) {
        this.folder = folder;
        this.lock = lock;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "autosave journal");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts this app's journal in the data folder, locked until {@link #close}. */
    public static Journal start(Path dataFolder) throws IOException {
        Path root = dataFolder.resolve(FOLDER);
        Files.createDirectories(root);
        for (int attempt = 0; attempt < 3; attempt++) {
            Path folder = Files.createTempDirectory(root, "session-" + ProcessHandle.current().pid() + "-");
            Optional<SessionLock> lock = SessionLock.create(folder.resolve(LOCK));
            if (lock.isPresent()) {
                return new Journal(folder, lock.get());
            }
        }
        throw new IOException("cannot lock a journal in " + root);
    }

    public Path folder() {
        return folder;
    }

    /** A place in the journal for one more open document. */
    public JournalEntry newEntry() {
        return new JournalEntry(this, folder, "document-" + lastEntry.incrementAndGet());
    }

    /** Runs the task after those already asked; completes with whether it went through. */
    CompletableFuture<Boolean> submit(Task task) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                try {
                    task.run();
                    done.complete(true);
                } catch (IOException | ProjectFileException | RuntimeException e) {
                    done.complete(false); // a journal that cannot be written costs nothing until a crash
                }
            });
        } catch (RejectedExecutionException e) {
            done.complete(false);
        }
        return done;
    }

    /** Waits for the writes already asked for. */
    public void flush() {
        submit(() -> { }).join();
    }

    /**
     * Finishes the writes asked for, releases the lock and removes the folder if no unsaved document is left
     * in it; one that is stays for the next start to offer.
     */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean empty = RecoverableDocument.in(folder).isEmpty();
        lock.release();
        if (empty) {
            deleteTree(folder);
        }
    }

    /**
     * The journals of apps that are no longer running, each held so that no other app offers them meanwhile,
     * oldest first; those without any unsaved document are removed on the way.
     */
    public static List<OrphanJournal> orphans(Path dataFolder) {
        Path root = dataFolder.resolve(FOLDER);
        List<OrphanJournal> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        List<Path> sessions = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            entries.forEach(sessions::add);
        } catch (IOException e) {
            return found;
        }
        for (Path session : sessions) {
            Optional<SessionLock> lock = SessionLock.tryHold(session.resolve(LOCK));
            if (lock.isPresent()) {
                OrphanJournal orphan = new OrphanJournal(session, lock.get(), RecoverableDocument.in(session));
                if (orphan.documents().isEmpty()) {
                    orphan.close();
                } else {
                    found.add(orphan);
                }
            }
        }
        found.sort(Comparator.comparing(o -> o.documents().get(0).metadata().written()));
        return found;
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // what is left is removed with the next start's clean-up
        }
    }
}
