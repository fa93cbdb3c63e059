package org.strategycanvas.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.strategycanvas.io.ProjectJson.InfoJson;
import org.strategycanvas.io.ProjectJson.LinkJson;
import org.strategycanvas.io.ProjectJson.NoteJson;
import org.strategycanvas.io.ProjectJsonV2.ObjectiveJson;
import org.strategycanvas.io.ProjectJson.SplitJson;
import org.strategycanvas.io.ProjectJsonV2.ZoneJson;

/**
 * The layout of format version 1, frozen: version 1 files are bound to it straight from their text before
 * they are migrated, so that a wrong type or an unknown key keeps its line and column. Only the records
 * that changed in version 2 are copied here; the others are those of {@link ProjectJsonV2} or {@link ProjectJson}.
 */
final class ProjectJsonV1 {

    private ProjectJsonV1() {
    }

    @JsonPropertyOrder({"format", "schemaVersion", "project", "zones", "notes", "objectives", "touchpoints", "links"})
    record FileJson(String format, Integer schemaVersion, InfoJson project, List<ZoneJson> zones,
                    List<NoteJson> notes, List<ObjectiveJson> objectives, List<TouchpointJson> touchpoints,
                    List<LinkJson> links) {
    }

    @JsonPropertyOrder({"id", "type", "label", "notes", "x", "y", "width", "height", "split", "budget"})
    record TouchpointJson(String id, String type, String label, String notes, Double x, Double y, Double width,
                          Double height, SplitJson split, BigDecimal budget) {
    }
}
