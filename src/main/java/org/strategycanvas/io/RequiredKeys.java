package org.strategycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.strategycanvas.io.ProjectJson.ActionJson;
import org.strategycanvas.io.ProjectJson.ActualJson;
import org.strategycanvas.io.ProjectJson.BriefJson;
import org.strategycanvas.io.ProjectJson.FileJson;
import org.strategycanvas.io.ProjectJson.PersonJson;
import org.strategycanvas.io.ProjectJson.ResourceJson;
import org.strategycanvas.io.ProjectJson.ScenarioJson;
import org.strategycanvas.io.ProjectJson.VersionJson;
import org.strategycanvas.io.ProjectJson.InfoJson;
import org.strategycanvas.io.ProjectJson.LinkJson;
import org.strategycanvas.io.ProjectJson.MixPlanJson;
import org.strategycanvas.io.ProjectJson.PhaseJson;
import org.strategycanvas.io.ProjectJson.TargetJson;
import org.strategycanvas.io.ProjectJson.NoteJson;
import org.strategycanvas.io.ProjectJson.ObjectiveJson;
import org.strategycanvas.io.ProjectJson.SplitJson;
import org.strategycanvas.io.ProjectJson.TouchpointJson;
import org.strategycanvas.io.ProjectJson.ZoneJson;

/**
 * Every key of the layout must be present, even when its value is null (an unknown KPI): a file missing a
 * key was not written by us, or was damaged. The key lists come from the records of {@link ProjectJson}.
 * Runs after binding, so the tree is known to have the right shape.
 */
final class RequiredKeys {

    /** The lists in file order, with the layout of one item. */
    private static final List<Map.Entry<String, Class<?>>> ITEM_TYPES = List.of(
            Map.entry("zones", ZoneJson.class),
            Map.entry("notes", NoteJson.class),
            Map.entry("objectives", ObjectiveJson.class),
            Map.entry("touchpoints", TouchpointJson.class),
            Map.entry("links", LinkJson.class),
            Map.entry("scenarios", ScenarioJson.class),
            Map.entry("actions", ActionJson.class),
            Map.entry("actuals", ActualJson.class),
            Map.entry("versions", VersionJson.class));

    private RequiredKeys() {
    }

    static void check(JsonNode root, String file) throws ProjectFileException {
        require(root, FileJson.class, Places.header(), file);
        require(root.get("project"), InfoJson.class, Places.projectDetails(), file);
        for (Map.Entry<String, Class<?>> list : ITEM_TYPES) {
            JsonNode items = root.get(list.getKey());
            for (int i = 0; items != null && i < items.size(); i++) {
                JsonNode item = items.get(i);
                JsonNode id = item.get("id");
                Text at = Places.item(list.getKey(), i + 1, id != null && id.isTextual() ? id.asText() : null);
                require(item, list.getValue(), at, file);
                if (list.getValue() == TouchpointJson.class) {
                    require(item.get("split"), SplitJson.class, at, file);
                }
                if (list.getValue() == VersionJson.class) {
                    versionParts(item, at, file);
                }
            }
        }
        JsonNode brief = root.get("brief");
        require(brief, BriefJson.class, Places.brief(), file);
        if (brief != null && brief.isObject()) {
            for (String resource : List.of("staff", "budget", "time", "expertise")) {
                require(brief.get(resource), ResourceJson.class, Places.brief(), file);
            }
            for (JsonNode person : brief.path("people")) {
                require(person, PersonJson.class, Places.brief(), file);
            }
        }
        JsonNode mixPlan = root.get("mixPlan");
        require(mixPlan, MixPlanJson.class, Places.mixPlan(), file);
        if (mixPlan != null && mixPlan.isObject()) {
            JsonNode phases = mixPlan.path("phases");
            for (int i = 0; i < phases.size(); i++) {
                JsonNode name = phases.get(i).get("name");
                require(phases.get(i), PhaseJson.class, Places.phase(i + 1, name != null ? name.textValue() : null),
                        file);
            }
            JsonNode targets = mixPlan.path("targets");
            for (int i = 0; i < targets.size(); i++) {
                require(targets.get(i), TargetJson.class, Places.target(i + 1), file);
                require(targets.get(i).get("split"), SplitJson.class, Places.target(i + 1), file);
            }
        }
    }

    /** A saved version's own lists; their problems are placed in the version. */
    private static void versionParts(JsonNode version, Text at, String file) throws ProjectFileException {
        for (JsonNode t : version.path("touchpoints")) {
            require(t, TouchpointJson.class, at, file);
            require(t.get("split"), SplitJson.class, at, file);
        }
        for (JsonNode o : version.path("objectives")) {
            require(o, ObjectiveJson.class, at, file);
        }
        for (JsonNode a : version.path("actions")) {
            require(a, ActionJson.class, at, file);
        }
    }

    private static void require(JsonNode node, Class<?> layout, Text at, String file) throws ProjectFileException {
        if (node == null || !node.isObject()) {
            return; // absent or null: reported by JsonToProject with its place
        }
        for (String key : keys(layout)) {
            if (!node.has(key)) {
                throw new ProjectFileException("io.error.missingField", file, key, at);
            }
        }
    }

    /** The keys of a layout record, read once per record type: asking reflection per item is slow on large files. */
    private static final ClassValue<List<String>> KEYS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> layout) {
            return Arrays.stream(layout.getRecordComponents()).map(RecordComponent::getName).toList();
        }
    };

    private static List<String> keys(Class<?> layout) {
        return KEYS.get(layout);
    }
}
