package org.strategycanvas.io;

import java.nio.file.Path;
import java.time.Instant;

/** One kept version of a file: where it is, when it was kept (the save that replaced it), its size in bytes. */
public record Backup(Path file, Instant time, long size) {
}
