package org.strategycanvas.io;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that does an open's side work (the file's hash, the text checks, the duplicate-key scan) while
 * the reading thread binds the file. One thread, not one per task: on two processors, three side threads took
 * turns with the reading thread and slowed it down more than their work saved.
 */
final class SideWork {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "file-checks");
        thread.setDaemon(true);
        return thread;
    });

    private SideWork() {
    }

    static Executor executor() {
        return THREAD;
    }
}
