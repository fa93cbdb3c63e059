package org.strategycanvas.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The file layout, version 2, as plain data: one record per JSON object, component names equal to the
 * JSON keys. Kept apart from the model so that the model can evolve while old files stay readable. Every
 * component is nullable here; {@link JsonToProject} turns missing or wrong values into plain sentences.
 */
final class ProjectJson {

    private ProjectJson() {
    }

    @JsonPropertyOrder({"format", "schemaVersion", "project", "zones", "notes", "objectives", "touchpoints", "links",
            "mixPlan"})
    record FileJson(String format, Integer schemaVersion, InfoJson project, List<ZoneJson> zones,
                    List<NoteJson> notes, List<ObjectiveJson> objectives, List<TouchpointJson> touchpoints,
                    List<LinkJson> links, MixPlanJson mixPlan) {
    }

    @JsonPropertyOrder({"title", "organisation", "author", "language", "currency", "planStart"})
    record InfoJson(String title, String organisation, String author, String language, String currency,
                    String planStart) {
    }

    @JsonPropertyOrder({"id", "label", "tone", "x", "y", "width", "height"})
    record ZoneJson(String id, String label, String tone, Double x, Double y, Double width, Double height) {
    }

    @JsonPropertyOrder({"id", "text", "tone", "x", "y", "width", "height"})
    record NoteJson(String id, String text, String tone, Double x, Double y, Double width, Double height) {
    }

    @JsonPropertyOrder({"id", "title", "kpiMetric", "unit", "baseline", "target", "deadline",
            "x", "y", "width", "height"})
    record ObjectiveJson(String id, String title, String kpiMetric, String unit, BigDecimal baseline,
                         BigDecimal target, String deadline, Double x, Double y, Double width, Double height) {
    }

    @JsonPropertyOrder({"id", "type", "label", "notes", "x", "y", "width", "height", "split", "budget",
            "activeFrom", "activeTo"})
    record TouchpointJson(String id, String type, String label, String notes, Double x, Double y, Double width,
                          Double height, SplitJson split, BigDecimal budget, String activeFrom, String activeTo) {
    }

    @JsonPropertyOrder({"owned", "earned", "paid"})
    record SplitJson(Integer owned, Integer earned, Integer paid) {
    }

    @JsonPropertyOrder({"id", "from", "to", "kind"})
    record LinkJson(String id, String from, String to, String kind) {
    }

    /** Periods and phases are numbered from 0; targets are written sorted by period. */
    @JsonPropertyOrder({"unit", "periodCount", "gapThreshold", "phases", "targets"})
    record MixPlanJson(String unit, Integer periodCount, Integer gapThreshold, List<PhaseJson> phases,
                       List<TargetJson> targets) {
    }

    @JsonPropertyOrder({"name", "first", "last"})
    record PhaseJson(String name, Integer first, Integer last) {
    }

    @JsonPropertyOrder({"period", "split"})
    record TargetJson(Integer period, SplitJson split) {
    }
}
