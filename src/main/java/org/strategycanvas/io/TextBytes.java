package org.strategycanvas.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that raw bytes are UTF-8 text before any JSON parsing, so that binary files and other encodings
 * get their own sentence. A UTF-8 byte order mark is accepted and skipped (some Windows editors add one);
 * the writer never writes one.
 */
final class TextBytes {

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
        byte[] text = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        boolean blank = true;
        for (byte b : text) {
            if (b == 0) {
                throw new ProjectFileException("io.error.binary", file);
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                blank = false;
            }
        }
        if (blank) {
            throw new ProjectFileException("io.error.empty", file);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text);
        try {
            decoder.decode(in);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException("io.error.notUtf8", file, lineAt(text, in.position()));
        }
        return text;
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
