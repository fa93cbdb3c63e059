package org.strategycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.model.Bounds;

/**
 * Moving the keyboard's cursor between cards: the reading order (rows from the top, each row from the
 * left) that Tab follows, and the nearest card in a direction that Alt+arrow jumps to.
 */
final class CardNavigation {

    /** Cards whose tops are at most this far below the first card of a row (two grid steps) share its row. */
    static final double ROW_TOLERANCE = 40;

    /** How much a step sideways counts against a card, compared to a step in the wanted direction. */
    static final double SIDEWAYS_WEIGHT = 2;

    private CardNavigation() {
    }

    /** A card's id and where it is. */
    record Placed(String id, Bounds bounds) {
    }

    enum Direction {
        LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

        final int dx;
        final int dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /**
     * The ids in reading order. Cards sorted by their top edge are cut into rows: a card starts a new row
     * when its top is more than {@link #ROW_TOLERANCE} below the top of the row's first card; within a row
     * they go from left to right (then top to bottom, then by id, so the order never depends on the input's).
     */
    static List<String> readingOrder(List<Placed> cards) {
        Comparator<Placed> byTop = Comparator.comparingDouble((Placed p) -> p.bounds().y())
                .thenComparingDouble(p -> p.bounds().x()).thenComparing(Placed::id);
        Comparator<Placed> byLeft = Comparator.comparingDouble((Placed p) -> p.bounds().x())
                .thenComparingDouble(p -> p.bounds().y()).thenComparing(Placed::id);
        List<Placed> sorted = new ArrayList<>(cards);
        sorted.sort(byTop);
        List<String> order = new ArrayList<>();
        List<Placed> row = new ArrayList<>();
        double rowTop = Double.NaN;
        for (Placed card : sorted) {
            if (!row.isEmpty() && card.bounds().y() > rowTop + ROW_TOLERANCE) {
                row.sort(byLeft);
                row.forEach(p -> order.add(p.id()));
                row.clear();
            }
            if (row.isEmpty()) {
                rowTop = card.bounds().y();
            }
            row.add(card);
        }
        row.sort(byLeft);
        row.forEach(p -> order.add(p.id()));
        return order;
    }

    /**
     * The id after {@code current} in the order (before it when {@code backwards}), going round at the ends;
     * the first (or last) when {@code current} is null or not in the order; empty for an empty order.
     */
    static Optional<String> step(List<String> order, String current, boolean backwards) {
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int at = current == null ? -1 : order.indexOf(current);
        int size = order.size();
        if (at < 0) {
            return Optional.of(order.get(backwards ? size - 1 : 0));
        }
        return Optional.of(order.get(Math.floorMod(at + (backwards ? -1 : 1), size)));
    }

    /**
     * The card nearest to a point (a card's centre) in a direction: only cards whose centre lies
     * strictly that way count, scored by the distance that way plus {@link #SIDEWAYS_WEIGHT} times the
     * distance sideways; the lowest score wins (the smaller id on a tie). The card {@code fromId} is skipped.
     */
    static Optional<String> nearest(List<Placed> cards, String fromId, double fromX, double fromY,
                                    Direction direction) {
        String best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Placed card : cards) {
            if (card.id().equals(fromId)) {
                continue;
            }
            double dx = card.bounds().centerX() - fromX;
            double dy = card.bounds().centerY() - fromY;
            double ahead = dx * direction.dx + dy * direction.dy;
            double sideways = Math.abs(dx * direction.dy - dy * direction.dx);
            if (ahead <= 0) {
                continue;
            }
            double score = ahead + SIDEWAYS_WEIGHT * sideways;
            if (score < bestScore || (score == bestScore && card.id().compareTo(best) < 0)) {
                best = card.id();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
