package org.strategycanvas.io;

import java.util.Map;

/** Names a place in a project file the way a person would look for it: "touchpoint 4 (tp-12)". */
final class Places {

    /** JSON list name to the key stem of one of its items. */
    private static final Map<String, String> ITEM_KEYS = Map.of(
            "zones", "io.place.zone",
            "notes", "io.place.note",
            "objectives", "io.place.objective",
            "touchpoints", "io.place.touchpoint",
            "links", "io.place.link",
            "scenarios", "io.place.scenario",
            "actions", "io.place.action",
            "actuals", "io.place.actual",
            "versions", "io.place.version");

    private Places() {
    }

    /** The top level of the file (format, version, the lists themselves). */
    static Text header() {
        return Text.of("io.place.header");
    }

    /** The {@code project} object: title, organisation… */
    static Text projectDetails() {
        return Text.of("io.place.project");
    }

    /** The {@code brief} object: purpose, audiences, resources, four Ps, people. */
    static Text brief() {
        return Text.of("io.place.brief");
    }

    /** The {@code mixPlan} object: periods, phases, targets. */
    static Text mixPlan() {
        return Text.of("io.place.mixPlan");
    }

    /** Phase {@code number} (counted from 1) of the mix plan, with its name when it has one. */
    static Text phase(int number, String name) {
        if (name == null || name.isBlank()) {
            return Text.of("io.place.phase.noName", number);
        }
        return Text.of("io.place.phase", number, shown(name));
    }

    /** Target {@code number} (counted from 1, in file order) of the mix plan. */
    static Text target(int number) {
        return Text.of("io.place.target", number);
    }

    static boolean isList(String name) {
        return ITEM_KEYS.containsKey(name);
    }

    /** Item {@code number} (counted from 1) of a list, with its id when it has a usable one. */
    static Text item(String list, int number, String id) {
        String key = ITEM_KEYS.get(list);
        if (id == null || id.isBlank()) {
            return Text.of(key + ".noId", number);
        }
        return Text.of(key, number, shown(id));
    }

    /** A value from the file made safe for a one-line sentence: no control characters, at most 40 chars. */
    static String shown(String value) {
        if (isShortAndPlain(value)) {
            return value; // the usual id: nothing to replace or cut
        }
        String oneLine = value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .limit(41).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return oneLine.codePointCount(0, oneLine.length()) > 40
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, 39)) + "…" : oneLine;
    }

    private static boolean isShortAndPlain(String value) {
        if (value.length() > 40) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
