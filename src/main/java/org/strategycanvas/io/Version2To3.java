package org.strategycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Scenario;

/**
 * Format 2 to 3: objectives get an empty owner, touchpoints serve no journey stage yet, zones stand for
 * none; the plan gets an empty brief, the three default scenarios (good active) and no action, actual or
 * version. Anything that is not the expected shape is left for the reader to report.
 */
final class Version2To3 implements Migration {

    @Override
    public int fromVersion() {
        return 2;
    }

    @Override
    public void apply(ObjectNode root) {
        forEachItem(root, "objectives", o -> o.put("owner", ""));
        forEachItem(root, "touchpoints", t -> t.putArray("stages"));
        forEachItem(root, "zones", z -> z.putNull("stage"));
        ObjectMapper mapper = JsonMappers.reader();
        root.set("brief", mapper.valueToTree(ProjectToJson.brief(Brief.EMPTY)));
        root.set("scenarios", mapper.valueToTree(ProjectToJson.scenarios(Scenario.DEFAULTS)));
        root.put("activeScenario", Scenario.GOOD);
        root.putArray("actions");
        root.putArray("actuals");
        root.putArray("versions");
    }

    private static void forEachItem(ObjectNode root, String list, java.util.function.Consumer<ObjectNode> change) {
        JsonNode items = root.get(list);
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (item instanceof ObjectNode object) {
                    change.accept(object);
                }
            }
        }
    }

    @Override
    public Optional<Class<?>> fromLayout() {
        return Optional.of(ProjectJsonV2.FileJson.class);
    }
}
