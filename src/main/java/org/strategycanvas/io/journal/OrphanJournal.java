package org.strategycanvas.io.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * The journal of an app that is no longer running, held by this one while it offers the documents in it.
 * Closing it lets it go, and removes it once none of its documents is left.
 */
public final class OrphanJournal implements AutoCloseable {

    private final Path folder;
    private final SessionLock lock;
    private final List<RecoverableDocument> documents;

    OrphanJournal(Path folder, SessionLock lock, List<RecoverableDocument> documents) {
        this.folder = folder;
        this.lock = lock;
        this.documents = List.copyOf(documents);
    }

    /** Its unsaved documents, oldest first. */
    public List<RecoverableDocument> documents() {
        return documents;
    }

    @Override
    public void close() {
        boolean empty = RecoverableDocument.in(folder).isEmpty();
        lock.release();
        if (empty) {
            Journal.deleteTree(folder);
        }
    }
}
