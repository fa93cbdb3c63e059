package org.strategycanvas.export;

import java.util.List;
import org.strategycanvas.i18n.Messages;

/** An export that cannot be made, with a plain sentence for the person: a bundle key and its arguments. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public ExportException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public ExportException(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    public String key() {
        return key;
    }

    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
