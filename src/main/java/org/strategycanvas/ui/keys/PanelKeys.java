package org.strategycanvas.ui.keys;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.strategycanvas.i18n.Messages;

/**
 * The keys of the plan panel and the inspector, for the shortcut sheet: the timeline
 * ({@code ui.plan.TimelineChart}), the mix over time ({@code ui.plan.MixChartView}) and the mix triangle
 * ({@code ui.mix.TernaryPlot}). Keep in step with those classes' key handlers.
 */
public final class PanelKeys {

    private PanelKeys() {
    }

    public static List<KeyHelp> help(Messages messages, KeyNames names) {
        String panel = messages.get("keys.group.panel");
        String inspector = messages.get("keys.group.inspector");
        String upDown = names.key(KeyCode.UP) + " " + names.key(KeyCode.DOWN);
        String leftRight = names.key(KeyCode.LEFT) + " " + names.key(KeyCode.RIGHT);
        String shiftLeftRight = names.modifier("Shift") + "+" + leftRight;
        return List.of(
                KeyHelp.of(panel, messages.get("keys.help.timelinePick"), upDown),
                KeyHelp.of(panel, messages.get("keys.help.timelineMove"), leftRight),
                KeyHelp.of(panel, messages.get("keys.help.timelineResize"), shiftLeftRight),
                KeyHelp.of(panel, messages.get("keys.help.timelineDelete"), names.key(KeyCode.DELETE),
                        names.key(KeyCode.BACK_SPACE)),
                KeyHelp.of(panel, messages.get("keys.help.periodPick"), leftRight),
                KeyHelp.of(panel, messages.get("keys.help.periodExtend"), shiftLeftRight),
                KeyHelp.of(panel, messages.get("keys.help.nextField"), names.key(KeyCode.TAB),
                        names.of("Shift+Tab")),
                KeyHelp.of(inspector, messages.get("keys.help.triangle"), names.arrows()),
                KeyHelp.of(inspector, messages.get("keys.help.triangleFine"), names.arrows("Shift")));
    }
}
