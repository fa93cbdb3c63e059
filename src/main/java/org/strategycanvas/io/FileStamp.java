package org.strategycanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a project file looked like when it was opened or saved: size, modification time and a SHA-256 of
 * its bytes. The hash decides whether the file changed; size is a quick first look.
 */
public record FileStamp(long size, FileTime lastModified, String sha256) {

    public static FileStamp of(byte[] bytes, FileTime lastModified) {
        return new FileStamp(bytes.length, lastModified, sha256(bytes));
    }

    /** True when the file is gone, or its bytes differ from those this stamp was taken of. */
    public boolean changedOnDisk(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return true;
        }
        return !sha256(Files.readAllBytes(file)).equals(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
