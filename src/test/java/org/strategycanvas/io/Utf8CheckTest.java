package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass UTF-8 check finds the same first bad byte as Java's own strict decoder. */
class Utf8CheckTest {

    @Test
    void wellFormedTextPasses() {
        byte[] text = "Boulangerie — pain frais, 12 € 🥖".getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, TextBytes.firstInvalidUtf8(text));
    }

    @Test
    void knownBadSequencesAreFoundWhereTheyStart() {
        assertEquals(2, TextBytes.firstInvalidUtf8(bytes(0x41, 0x42, 0xC0, 0x80)), "overlong NUL");
        assertEquals(1, TextBytes.firstInvalidUtf8(bytes(0x41, 0xED, 0xA0, 0x80)), "a surrogate");
        assertEquals(0, TextBytes.firstInvalidUtf8(bytes(0xF4, 0x90, 0x80, 0x80)), "beyond U+10FFFF");
        assertEquals(1, TextBytes.firstInvalidUtf8(bytes(0x41, 0xE2, 0x82)), "cut at the end");
        assertEquals(0, TextBytes.firstInvalidUtf8(bytes(0x80)), "a lone continuation byte");
        assertEquals(0, TextBytes.firstInvalidUtf8(bytes(0xE9, 0x41)), "Latin-1 é before a letter");
    }

    @Test
    void randomBytesAreJudgedLikeTheJdkDecoder() {
        Random random = new Random(11);
        int[] alphabet = {0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF,
            0xF0, 0xF4, 0xF5, 0xFF};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) alphabet[random.nextInt(alphabet.length)];
            }
            assertEquals(jdkFirstInvalid(b), TextBytes.firstInvalidUtf8(b), () -> java.util.HexFormat.of().formatHex(b));
        }
    }

    /** Longer, mostly ASCII text: what eight ASCII bytes at a time skip, and where they stop, is judged alike. */
    @Test
    void mostlyAsciiTextIsJudgedLikeTheJdkDecoder() {
        Random random = new Random(12);
        int[] rare = {0x80, 0xA0, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(12) == 0 ? rare[random.nextInt(rare.length)] : 0x20 + random.nextInt(95));
            }
            assertEquals(jdkFirstInvalid(b), TextBytes.firstInvalidUtf8(b),
                    () -> java.util.HexFormat.of().formatHex(b));
        }
    }

    /** A NUL byte anywhere, in the eight-byte words or in the few bytes after them, makes the file binary. */
    @Test
    void aNulByteAnywhereIsFound() throws ProjectFileException {
        byte[] text = "{\"format\": \"strategy-canvas\"}".getBytes(StandardCharsets.US_ASCII);
        assertEquals(text.length, TextBytes.check(text, "plan.json").length, "no NUL: the text itself");
        for (int at = 0; at < text.length; at++) {
            byte[] withNul = text.clone();
            withNul[at] = 0;
            ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                    () -> TextBytes.check(withNul, "plan.json"));
            assertEquals("io.error.binary", e.key(), "NUL at " + at);
        }
    }

    private static int jdkFirstInvalid(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(64), true);
        return result.isError() ? in.position() : -1;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
