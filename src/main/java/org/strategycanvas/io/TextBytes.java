package org.strategycanvas.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Checks that raw bytes are UTF-8 text before any JSON parsing, so that binary files and other encodings
 * get their own sentence. A UTF-8 byte order mark is accepted and skipped (some Windows editors add one);
 * the writer never writes one.
 */
final class TextBytes {

    /** Eight bytes of an array read as one number, to skip ASCII text quickly. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextBytes() {
    }

    /** The bytes to parse: without a UTF-8 BOM, known to be non-empty, text and valid UTF-8. */
    static byte[] check(byte[] bytes, String file) throws ProjectFileException {
        if (bytes.length > ProjectFormat.MAX_FILE_BYTES) {
            throw tooLarge(bytes.length, file);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new ProjectFileException("io.error.utf16", file);
        }
        byte[] text = withoutBom(bytes);
        if (hasNul(text)) {
            throw new ProjectFileException("io.error.binary", file);
        }
        if (!hasText(text)) {
            throw new ProjectFileException("io.error.empty", file);
        }
        int bad = firstInvalidUtf8(text);
        if (bad >= 0) {
            throw new ProjectFileException("io.error.notUtf8", file, lineAt(text, bad));
        }
        int halfCharacter = firstUnpairedSurrogateEscape(text);
        if (halfCharacter >= 0) {
            throw new ProjectFileException("io.error.halfCharacter", file, lineAt(text, halfCharacter));
        }
        return text;
    }

    /** Whether a NUL byte is there; eight bytes at a time, as a large file is mostly without. */
    private static boolean hasNul(byte[] text) {
        int i = 0;
        for (; i + Long.BYTES <= text.length; i += Long.BYTES) {
            if (hasZeroByte((long) LONGS.get(text, i))) {
                return true;
            }
        }
        for (; i < text.length; i++) {
            if (text[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything but white space is there. */
    private static boolean hasText(byte[] text) {
        for (byte b : text) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return true;
            }
        }
        return false;
    }

    /** The bytes without a leading UTF-8 byte order mark. */
    static byte[] withoutBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /**
     * Where the first byte sequence that is not well-formed UTF-8 starts (RFC 3629: no overlong forms, no
     * surrogates, nothing above U+10FFFF, no cut sequence), or -1 when all is well-formed. One pass without
     * decoding: large files are mostly ASCII.
     */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES; // eight ASCII bytes at once
                continue;
            }
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
            } else {
                return i;
            }
            if (i + length > n || !continues(bytes, i + 1, i + length)) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
                return i; // overlong, a surrogate, or beyond U+10FFFF
            }
            i += length;
        }
        return -1;
    }

    /**
     * Where the first escape of half a character starts: a UTF-16 surrogate escape not paired high then low
     * ("&#92;uD83D&#92;uDE00" is one emoji, "&#92;uD83D" alone is nothing), or -1. Such text is not Unicode, and the
     * JSON parser lets it through in values but not in keys: what would not survive a save is refused here.
     */
    static int firstUnpairedSurrogateEscape(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + Long.BYTES <= n && !hasBackslash((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
                continue;
            }
            if (bytes[i] != '\\') {
                i++;
                continue;
            }
            int unit = escapedUnit(bytes, i);
            if (unit < 0) {
                i += 2; // \\, \" and the like: the escaped byte is not the start of another escape
            } else if (Character.isLowSurrogate((char) unit)) {
                return i;
            } else if (Character.isHighSurrogate((char) unit)) {
                if (!Character.isLowSurrogate((char) Math.max(0, escapedUnit(bytes, i + 6)))) {
                    return i;
                }
                i += 12;
            } else {
                i += 6;
            }
        }
        return -1;
    }

    /** Whether one of the eight bytes of a word is a backslash. */
    private static boolean hasBackslash(long word) {
        return hasZeroByte(word ^ 0x5C5C5C5C5C5C5C5CL); // a backslash becomes a zero byte
    }

    /** Whether one of the eight bytes of a word is zero. */
    private static boolean hasZeroByte(long word) {
        return ((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0;
    }

    /** The code unit of the "&#92;uXXXX" escape starting at {@code at}, or -1 when there is none there. */
    private static int escapedUnit(byte[] bytes, int at) {
        if (at + 6 > bytes.length || bytes[at] != '\\' || bytes[at + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = at + 2; k < at + 6; k++) {
            int digit = Character.digit(bytes[k], 16);
            if (digit < 0) {
                return -1; // the parser names the bad escape itself
            }
            unit = unit << 4 | digit;
        }
        return unit;
    }

    private static boolean continues(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    static ProjectFileException tooLarge(long size, String file) {
        return new ProjectFileException("io.error.tooLarge", file, (size + (1 << 20) - 1) >> 20,
                ProjectFormat.MAX_FILE_BYTES >> 20);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
