package org.strategycanvas.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import org.strategycanvas.render.ColourLook;

/**
 * The window's looks, all on AtlantaFX's Primer themes: the plan's own inks and greys are GitHub Primer's, so
 * the panels and the canvas speak one visual language. The projector theme is the light one with a few tokens
 * overridden (black text, stronger borders and accent, larger type) in a small stylesheet.
 */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheet(), null, ColourLook.PAPER),
    DARK("dark", new PrimerDark().getUserAgentStylesheet(), "dark.css", ColourLook.DARK),
    PROJECTOR("projector", new PrimerLight().getUserAgentStylesheet(), "projector.css", ColourLook.HIGH_CONTRAST);

    private final String id;
    private final String userAgentStylesheet;
    private final String overrides;
    private final ColourLook look;

    Theme(String id, String userAgentStylesheet, String overrides, ColourLook look) {
        this.id = id;
        this.userAgentStylesheet = userAgentStylesheet;
        this.overrides = overrides;
        this.look = look;
    }

    /** The name kept in the settings and used in resource keys. */
    public String id() {
        return id;
    }

    /** The AtlantaFX theme, set for the whole application. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The stylesheet each window adds over the AtlantaFX theme, if any. */
    public Optional<String> overrides() {
        return Optional.ofNullable(overrides)
                .map(name -> Theme.class.getResource("/org/strategycanvas/ui/theme/" + name).toExternalForm());
    }

    /** How the plan's paper colours show on screen in this theme. */
    public ColourLook look() {
        return look;
    }

    /** The theme of this id; the light one for an unknown or missing id. */
    public static Theme of(String id) {
        for (Theme theme : values()) {
            if (theme.id.equals(id)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
