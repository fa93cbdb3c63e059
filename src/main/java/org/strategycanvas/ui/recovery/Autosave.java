package org.strategycanvas.ui.recovery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.journal.JournalEntry;
import org.strategycanvas.io.journal.JournalMetadata;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.Editor;

/**
 * Journals a document's unsaved changes, never touching its own file. At each tick (every second), when the
 * document is dirty, has changed since it was last journaled and the interval has passed since then, its
 * project goes to the journal: a change is journaled at the first tick after it, and a run of changes at
 * most once per interval. The project is immutable, so it is handed over as it is and serialised on the
 * journal's thread. When the document is saved or replaced (clean again), or closed without saving on
 * purpose, its entry goes. Runs on the FX thread.
 */
public final class Autosave {

    /** What is autosaved: a document's editor, and the file it belongs to with how that file looked. */
    public interface Document {
        Editor editor();

        /** The file the document belongs to; null while untitled. */
        Path file();

        /** How the file looked when last opened or saved; null while untitled. */
        FileStamp stamp();
    }

    private final Document document;
    private final JournalEntry entry;
    private final Supplier<Duration> interval;
    private final Clock clock;
    private final Runnable stopTicks;
    private final ChangeListener<Boolean> cleanRemoves = (obs, was, dirty) -> {
        if (!dirty) {
            remove();
        }
    };
    private Project written;
    private Path writtenFile;
    private Instant lastWrite;
    private boolean inJournal;
    private boolean stopped;

    /**
     * @param interval read at each tick, so a new preference applies at once
     * @param ticker   calls {@link #tick} on the FX thread (each second in the app, by hand in the tests)
     */
    public Autosave(Document document, JournalEntry entry, Supplier<Duration> interval, Clock clock,
                    Ticker ticker) {
        this.document = document;
        this.entry = entry;
        this.interval = interval;
        this.clock = clock;
        document.editor().dirtyProperty().addListener(cleanRemoves);
        this.stopTicks = ticker.start(this::tick);
    }

    void tick() {
        if (stopped || !document.editor().dirtyProperty().get()) {
            return;
        }
        Project project = document.editor().project();
        if (project == written && Objects.equals(document.file(), writtenFile)) {
            return;
        }
        Instant now = clock.instant();
        if (lastWrite == null || !now.isBefore(lastWrite.plus(interval.get()))) {
            write(project, now);
        }
    }

    /** Journals the document now if it has unsaved changes; completes with whether it is in the journal. */
    public CompletableFuture<Boolean> writeNow() {
        if (stopped || !document.editor().dirtyProperty().get()) {
            return CompletableFuture.completedFuture(false);
        }
        return write(document.editor().project(), clock.instant());
    }

    private CompletableFuture<Boolean> write(Project project, Instant now) {
        written = project;
        writtenFile = document.file();
        lastWrite = now;
        inJournal = true;
        return entry.write(project, new JournalMetadata(project.info().title(), writtenFile, document.stamp(), now));
    }

    private void remove() {
        if (inJournal) {
            entry.remove();
            inJournal = false;
        }
        written = null;
        writtenFile = null;
        lastWrite = null;
    }

    /** Stops journaling and keeps what is in the journal (the window goes, the app may not end cleanly). */
    public void stop() {
        if (!stopped) {
            stopped = true;
            stopTicks.run();
            document.editor().dirtyProperty().removeListener(cleanRemoves);
        }
    }

    /** Stops journaling and removes the entry: the person closed the document without saving, on purpose. */
    public void discard() {
        stop();
        inJournal = true; // whatever was written by an earlier, stopped autosave of this entry goes too
        remove();
    }
}
