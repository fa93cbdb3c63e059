package org.strategycanvas.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.strategycanvas.i18n.Messages;

/**
 * A project file that cannot be read or saved. It carries a message key of the {@code io.*} bundle and
 * its arguments, so that the sentence is written in the reader's language when it is shown. Arguments
 * may be {@link Text} fragments (such as a place in the file) that are translated too.
 */
public final class ProjectFileException extends Exception {

    private final String key;
    private final transient List<Object> args;

    public ProjectFileException(String key, Object... args) {
        this(null, key, args);
    }

    /** The cause is kept for debugging only; it never shows in the sentence. */
    public ProjectFileException(Throwable cause, String key, Object... args) {
        super(key, cause, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The one-sentence explanation in the given language. */
    public String message(Locale locale) {
        Messages messages = new Messages(locale);
        return messages.get(key, Text.resolve(messages, args.toArray()));
    }

    /** English, for logs. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** In the system language, for people. */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args.toArray());
    }
}
