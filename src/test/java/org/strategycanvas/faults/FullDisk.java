package org.strategycanvas.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.strategycanvas.io.FileOps;

/**
 * A disk with {@code free} bytes left: the save's writes (the new file, the copy kept as backup) use them up,
 * and the write that does not fit writes what fits, then fails as Linux does, with the JDK's own exception for
 * ENOSPC ({@code IOException: No space left on device}). Moves and renames take no space.
 */
public final class FullDisk extends FileOps {

    /** The JDK's text for ENOSPC on Linux (strerror), as {@code /dev/full} shows in the tests. */
    public static final String NO_SPACE = "No space left on device";

    private long free;

    public FullDisk(long free) {
        this.free = free;
    }

    @Override
    public void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeWhatFits(channel, bytes);
            channel.force(true);
        }
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        long size = Files.size(from);
        if (size <= free) {
            super.copy(from, to);
            free -= size;
            return;
        }
        try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeWhatFits(channel, Files.readAllBytes(from));
        }
    }

    private void writeWhatFits(FileChannel channel, byte[] bytes) throws IOException {
        int fits = (int) Math.min(bytes.length, free);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, fits);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        free -= fits;
        if (fits < bytes.length) {
            throw new IOException(NO_SPACE);
        }
    }
}
