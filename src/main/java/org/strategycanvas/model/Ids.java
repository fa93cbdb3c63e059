package org.strategycanvas.model;

import java.util.stream.Stream;
import org.strategycanvas.model.plan.Action;

/** Readable ids, unique within a project: a prefix per kind of thing and a number ("tp-12"). */
public final class Ids {

    public static final String TOUCHPOINT = "tp";
    public static final String OBJECTIVE = "ob";
    public static final String LINK = "ln";
    public static final String NOTE = "nt";
    public static final String ZONE = "zn";
    /** The plan's actions: not on the canvas, but numbered in the same sequence. */
    public static final String ACTION = "ac";

    private Ids() {
    }

    public static String prefixOf(Element element) {
        if (element instanceof Touchpoint) {
            return TOUCHPOINT;
        } else if (element instanceof Objective) {
            return OBJECTIVE;
        } else if (element instanceof StickyNote) {
            return NOTE;
        }
        return ZONE;
    }

    /**
     * A generator that continues after the highest number already used in the project (elements, links and
     * actions), for every prefix.
     */
    public static Generator after(Project project) {
        long max = Stream.of(project.elements().map(Element::id), project.links().stream().map(Link::id),
                        project.actions().stream().map(Action::id))
                .flatMap(ids -> ids).mapToLong(Ids::numberOf).max().orElse(0);
        return new Generator(max + 1);
    }

    private static long numberOf(String id) {
        int dash = id.lastIndexOf('-');
        if (dash < 0 || dash == id.length() - 1 || id.length() - dash > 16) {
            return 0;
        }
        for (int i = dash + 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return 0;
            }
        }
        return Long.parseLong(id.substring(dash + 1));
    }

    /** Hands out fresh ids; one number sequence shared by all prefixes keeps ids unique across kinds. */
    public static final class Generator {
        private long next;

        private Generator(long next) {
            this.next = next;
        }

        public String next(String prefix) {
            return prefix + "-" + next++;
        }
    }
}
