package org.strategycanvas.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.strategycanvas.io.ProjectJson.InfoJson;
import org.strategycanvas.io.ProjectJson.LinkJson;
import org.strategycanvas.io.ProjectJson.MixPlanJson;
import org.strategycanvas.io.ProjectJson.NoteJson;
import org.strategycanvas.io.ProjectJson.SplitJson;

/**
 * The layout of format version 2, frozen: version 2 files are bound to it straight from their text before
 * they are migrated, so that a wrong type or an unknown key keeps its line and column. Records that did not
 * change in version 3 are still used from {@link ProjectJson}.
 */
final class ProjectJsonV2 {

    private ProjectJsonV2() {
    }

    @JsonPropertyOrder({"format", "schemaVersion", "project", "zones", "notes", "objectives", "touchpoints", "links",
            "mixPlan"})
    record FileJson(String format, Integer schemaVersion, InfoJson project, List<ZoneJson> zones,
                    List<NoteJson> notes, List<ObjectiveJson> objectives, List<TouchpointJson> touchpoints,
                    List<LinkJson> links, MixPlanJson mixPlan) {
    }

    @JsonPropertyOrder({"id", "label", "tone", "x", "y", "width", "height"})
    record ZoneJson(String id, String label, String tone, Double x, Double y, Double width, Double height) {
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
}
