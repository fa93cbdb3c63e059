package org.strategycanvas.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.io.Backup;
import org.strategycanvas.io.Backups;
import org.strategycanvas.model.Project;

/**
 * Kill -9 during save: a child JVM ({@link SaveLoop}) saves two editions of a large plan over one file, turn
 * about, through the app's save path, and is killed (SIGKILL) at a random moment of its first save, again and
 * again. After each kill the file on disk must be exactly one of the two editions, byte for byte, and read back
 * as that plan: never missing, empty or cut. The backup, when there is one, must be one of them too.
 *
 * <p>Half the kills land anywhere in the save (mostly while the plan becomes bytes, in memory), half within a
 * few milliseconds of the temporary file appearing (while it is written, flushed, the backup made, the file
 * moved). Two lanes, each with its own folder and child, run side by side to use both cores of a small machine.
 * {@code -Dfaults.kills=N}, {@code -Dfaults.cards=N} change the count and the plan size; {@code -Dfaults.seed=N}
 * repeats a run's timings (the seed is printed).
 */
class KillDuringSaveIT {

    private static final int KILLS = Integer.getInteger("faults.kills", 200);
    private static final int CARDS = Integer.getInteger("faults.cards", 2_000);
    private static final int LANES = 2;
    private static final long PLAN_SEED = 20_251_124L;

    private static final Project[] EDITIONS = {FaultPlans.generate(CARDS, PLAN_SEED, 0),
            FaultPlans.generate(CARDS, PLAN_SEED, 1)};
    private static final byte[][] BYTES = {new ProjectWriter().write(EDITIONS[0]),
            new ProjectWriter().write(EDITIONS[1])};

    @TempDir
    Path folder;

    /** What a lane saw. */
    private static final class Counts {
        int kills;
        int inSave;
        int withTemporaryFile;
        int changedTheFile;
        int withBackup;

        void add(Counts other) {
            kills += other.kills;
            inSave += other.inSave;
            withTemporaryFile += other.withTemporaryFile;
            changedTheFile += other.changedTheFile;
            withBackup += other.withBackup;
        }
    }

    @Test
    void aKilledSaveLeavesTheOldFileOrTheNewOneNeverAMix() throws Exception {
        assertTrue(!Arrays.equals(BYTES[0], BYTES[1]), "the two editions differ");
        long seed = Long.getLong("faults.seed", System.nanoTime());
        long started = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Counts>> running = new ArrayList<>();
        try {
            for (int lane = 0; lane < LANES; lane++) {
                Path laneFolder = Files.createDirectory(folder.resolve("lane-" + lane));
                Random random = new Random(seed + lane);
                int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
                running.add(lanes.submit(() -> killRepeatedly(laneFolder, kills, random, seed)));
            }
            Counts total = new Counts();
            for (Future<Counts> lane : running) {
                total.add(lane.get());
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            System.out.printf("Kill -9 during save (seed %d, %d cards, %d bytes a file): %d kills in %d s, %d inside"
                            + " a save, %d while a temporary file was on disk, %d changed the file; the file was"
                            + " whole every time, and the backup (there %d times).%n", seed, CARDS, BYTES[0].length,
                    total.kills, seconds, total.inSave, total.withTemporaryFile, total.changedTheFile,
                    total.withBackup);
            assertEquals(KILLS, total.kills);
            if (KILLS >= 50) { // the test's own reach: its kills land on both sides of the move
                assertTrue(total.withTemporaryFile > 0, "some kills landed while the new bytes went to disk");
                assertTrue(total.changedTheFile > 0, "some saves got through before the kill");
                assertTrue(total.withBackup > 0, "some kills found a backup to check");
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    private Counts killRepeatedly(Path laneFolder, int kills, Random random, long seed) throws Exception {
        Path target = laneFolder.resolve("plan.strategy.json");
        ProjectFiles files = new ProjectFiles();
        files.save(EDITIONS[0], target);
        // How long the first save of a fresh child takes (slow: cold code), and its disk part, from the temporary
        // file appearing to the end of the save: guessed, then learnt from the saves that ended before the kill.
        double saveNanos = 600e6;
        double diskNanos = 30e6;
        int previous = 0;
        Counts counts = new Counts();
        for (int kill = 0; kill < kills; kill++) {
            String where = "lane " + laneFolder.getFileName() + ", kill " + kill + " (seed " + seed + ")";
            // The child first writes the edition that is not on disk, so that every first save changes the file.
            try (ChildJvm child = ChildJvm.start(KillDuringSaveIT::neededJar, ChildJvm.FAST_START, SaveLoop.class,
                    target.toString(), String.valueOf(CARDS), String.valueOf(PLAN_SEED),
                    String.valueOf(1 - previous))) {
                assertNotNull(child.awaitLine("writing 0", 60_000),
                        () -> where + ": the child started saving; it said: " + child.errors());
                boolean anywhere = kill % 2 == 0;
                long onDisk = 0;
                long delay;
                if (anywhere) {
                    delay = (long) (random.nextDouble() * 1.2 * saveNanos);
                } else {
                    awaitTemporaryFile(laneFolder, child, (long) saveNanos);
                    onDisk = System.nanoTime();
                    delay = (long) (random.nextDouble() * 1.2 * diskNanos);
                }
                LockSupport.parkNanos(delay);
                if (!child.process().isAlive()) {
                    fail(where + ": the child stopped by itself: " + child.errors());
                }
                child.kill();
                counts.kills++;
                counts.inSave += child.lastLine().startsWith("writing") ? 1 : 0;
                Optional<ChildJvm.Line> saved = child.firstLine("saved 0 ");
                if (anywhere) {
                    saveNanos = saved.isPresent() ? 0.7 * saveNanos + 0.3 * Long.parseLong(saved.get().text()
                            .substring("saved 0 ".length())) : delay > saveNanos ? 1.1 * saveNanos : saveNanos;
                } else {
                    diskNanos = saved.isPresent() ? 0.7 * diskNanos + 0.3 * (saved.get().nanos() - onDisk)
                            : delay > diskNanos ? 1.1 * diskNanos : diskNanos;
                }
            }
            counts.withTemporaryFile += deleteTemporaryFiles(laneFolder) > 0 ? 1 : 0;
            int now = editionOnDisk(target, files, where);
            counts.changedTheFile += now != previous ? 1 : 0;
            previous = now;
            Optional<Path> backup = backupOf(target);
            if (backup.isPresent()) {
                counts.withBackup++;
                byte[] kept = Files.readAllBytes(backup.get());
                assertTrue(Arrays.equals(kept, BYTES[0]) || Arrays.equals(kept, BYTES[1]),
                        where + ": the backup is one of the two editions, whole");
            }
        }
        System.out.printf("Kill -9 during save, %s: a fresh child's first save took about %.0f ms, %.0f ms of it on"
                + " disk.%n", laneFolder.getFileName(), saveNanos / 1e6, diskNanos / 1e6);
        return counts;
    }

    /** Which edition the file holds: its bytes are exactly one of the two, and it reads back as that plan. */
    private static int editionOnDisk(Path target, ProjectFiles files, String where) throws Exception {
        assertTrue(Files.isRegularFile(target), where + ": the file is still there");
        byte[] now = Files.readAllBytes(target);
        int edition = Arrays.equals(now, BYTES[0]) ? 0 : Arrays.equals(now, BYTES[1]) ? 1 : -1;
        if (edition < 0) {
            fail(where + ": the file is neither edition, " + now.length + " bytes");
        }
        assertEquals(EDITIONS[edition], files.open(target).project(), where + ": the file reads back");
        return edition;
    }

    /** The backups the saving child keeps, as the app does: the last three, in a data folder beside the lane. */
    static Backups backupsOf(Path target) {
        return new Backups(target.toAbsolutePath().resolveSibling("data"), 3, Backups.Place.DATA_FOLDER);
    }

    /** "The backup" of a plan: the newest one kept, if any. */
    static Optional<Path> backupOf(Path target) throws IOException {
        List<Backup> kept = backupsOf(target).of(target);
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(0).file());
    }

    /** Removes what a killed save left behind; how many there were. */
    private static int deleteTemporaryFiles(Path laneFolder) throws IOException {
        List<Path> temporary;
        try (Stream<Path> listing = Files.list(laneFolder)) {
            temporary = listing.filter(KillDuringSaveIT::isTemporary).toList();
        }
        for (Path p : temporary) {
            Files.delete(p);
        }
        return temporary.size();
    }

    private static boolean isTemporary(Path file) {
        return file.getFileName().toString().endsWith(".tmp");
    }

    /** Polls the folder until a temporary file is there, the save is over or the child is gone. */
    private static void awaitTemporaryFile(Path laneFolder, ChildJvm child, long saveNanos) throws IOException {
        long deadline = System.nanoTime() + 3 * saveNanos;
        while (System.nanoTime() < deadline && child.process().isAlive() && !child.lastLine().startsWith("saved")) {
            try (Stream<Path> listing = Files.list(laneFolder)) {
                if (listing.anyMatch(KillDuringSaveIT::isTemporary)) {
                    return;
                }
            }
            LockSupport.parkNanos(100_000);
        }
    }

    /** The child needs the app's and the tests' classes and Jackson, nothing else: it starts faster. */
    private static boolean neededJar(String name) {
        return name.startsWith("jackson-") || name.startsWith("strategy-canvas");
    }
}
