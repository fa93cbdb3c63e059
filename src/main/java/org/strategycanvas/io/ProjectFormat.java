package org.strategycanvas.io;

/** The constants of the project file format and the limits the reader enforces. */
public final class ProjectFormat {

    /** The value of the {@code format} key that marks a file as ours. */
    public static final String FORMAT_MARKER = "strategy-canvas";

    /** The format version this build writes; older files are migrated up to it when read. */
    public static final int CURRENT_VERSION = 3;

    public static final String EXTENSION = ".strategy.json";
    public static final String BACKUP_SUFFIX = ".bak";

    /** Files larger than this are refused before a single byte is read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /**
     * Most JSON tokens (names, values, brackets) a file may hold: a plan has one per 11 bytes or so, so this lets
     * through plans of 50 MB and more (70,000 cards), while a file of 60 MB of "{}," or "\"a\"," is refused
     * after a few seconds instead of filling gigabytes of memory with its pieces (found by HostileFilesTest).
     */
    public static final long MAX_TOKENS = 5_000_000;
    /** Most keys in one object: ours have about 30; a file with a million made-up keys is refused before it is held. */
    public static final int MAX_KEYS_PER_OBJECT = 10_000;
    /** Our layout is 4 levels deep; anything far deeper is not a project. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest text value, in characters (a very long note is still far below). */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** Longest number literal, in characters; a double needs at most 25. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** Longest key name, in characters. */
    public static final int MAX_NAME_CHARS = 1_000;
    /**
     * Farthest a card, note or zone may sit from the origin, in canvas units (96 to the inch): about 2.6 km, where
     * the largest plans span some 30,000. Beyond it a file is damaged, and drawing it would never end.
     */
    public static final double MAX_POSITION = 10_000_000;
    /** Widest or tallest a card, note or zone may be, in canvas units; a zone around a large plan is 30,000. */
    public static final double MAX_SIZE = 1_000_000;
    /** Money and KPI values: at most this many digits before and after the decimal point. */
    public static final int MAX_DECIMAL_DIGITS = 30;

    private ProjectFormat() {
    }
}
