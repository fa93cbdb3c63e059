package org.strategycanvas.io;

import java.util.List;
import org.strategycanvas.i18n.Messages;

/** A piece of a sentence still to be translated: a message key and its arguments. */
public record Text(String key, List<Object> args) {

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }

    public String in(Messages messages) {
        return messages.get(key, resolve(messages, args.toArray()));
    }

    /** Translates the Text arguments, and writes numbers without grouping ("line 1234", not "1,234"). */
    static Object[] resolve(Messages messages, Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a instanceof Text t ? t.in(messages) : a instanceof Number n ? n.toString() : a;
        }
        return out;
    }
}
