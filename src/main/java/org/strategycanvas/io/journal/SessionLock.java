package org.strategycanvas.io.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that says a journal's app is still running. The system releases it when the process ends, however
 * it ends, so a free lock means the journal was left behind. Another process, or this one, holding it means
 * hands off. A lock file this process holds is never opened a second time: on some systems (POSIX locks)
 * closing any channel to a file releases all of the process's locks on it.
 */
final class SessionLock {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the lock file and holds it (a new session). */
    static Optional<SessionLock> create(Path file) {
        return hold(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /**
     * Holds an existing lock file if nobody does; empty when it is held, or missing (a session still
     * starting has not made it yet).
     */
    static Optional<SessionLock> tryHold(Path file) {
        return hold(file, StandardOpenOption.WRITE);
    }

    private static Optional<SessionLock> hold(Path lockFile, OpenOption... options) {
        Path file = lockFile.toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            return Optional.empty(); // ours already
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, options);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new SessionLock(file, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process: a journal of ours
        } catch (IOException e) {
            // missing or unreadable: not ours to take
        }
        closeQuietly(channel);
        HELD.remove(file);
        return Optional.empty();
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
