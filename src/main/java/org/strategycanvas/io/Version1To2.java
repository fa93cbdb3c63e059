package org.strategycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.strategycanvas.model.MixPlan;

/**
 * Format 1 to 2: every touchpoint becomes active for the whole plan ({@code activeFrom} and
 * {@code activeTo} null) and the plan gets the default mix plan (12 months, no phases, no targets,
 * a gap threshold of 15 points). Anything that is not the expected shape is left for the reader to report.
 */
final class Version1To2 implements Migration {

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public void apply(ObjectNode root) {
        JsonNode touchpoints = root.get("touchpoints");
        if (touchpoints != null && touchpoints.isArray()) {
            for (JsonNode item : touchpoints) {
                if (item instanceof ObjectNode touchpoint) {
                    touchpoint.putNull("activeFrom");
                    touchpoint.putNull("activeTo");
                }
            }
        }
        root.set("mixPlan", JsonMappers.reader().valueToTree(ProjectToJson.mixPlan(MixPlan.DEFAULT)));
    }

    @Override
    public Optional<Class<?>> fromLayout() {
        return Optional.of(ProjectJsonV1.FileJson.class);
    }
}
