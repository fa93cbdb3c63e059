package org.strategycanvas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Half a character (a UTF-16 surrogate without its other half, say from a broken paste) is written as U+FFFD, the
 * replacement character: the reader refuses such halves, so a plan holding one must not save into a file that no
 * longer opens.
 */
final class WholeCharacters {

    static final char REPLACEMENT = '\uFFFD';

    private WholeCharacters() {
    }

    /** The text with each unpaired surrogate replaced; the same instance when there is none, as nearly always. */
    static String of(String text) {
        int first = firstHalf(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int at = first; at >= 0; at = firstHalf(text, at + 1)) {
            out.setCharAt(at, REPLACEMENT);
        }
        return out.toString();
    }

    /** The writer's module: every string value and every key goes through {@link #of}. */
    static SimpleModule module() {
        return new SimpleModule("whole-characters")
                .addSerializer(String.class, new StdSerializer<>(String.class) {
                    @Override
                    public void serialize(String value, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeString(of(value));
                    }
                })
                .addKeySerializer(String.class, new StdSerializer<>(String.class) {
                    @Override
                    public void serialize(String key, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeFieldName(of(key));
                    }
                });
    }

    private static int firstHalf(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
