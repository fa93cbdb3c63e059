package org.strategycanvas.ui.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import org.strategycanvas.render.ColourLook;

/**
 * The theme the application shows now. Like JavaFX's user-agent stylesheet it is one for the whole
 * application: every window follows it (see {@link WindowDressing}), and the views that paint the plan
 * themselves follow its colour look through {@link #follow}.
 */
public final class Themes {

    private static final SimpleObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(Theme.LIGHT);
    private static final String FOLLOWERS = "strategycanvas.theme.followers";

    private Themes() {
    }

    /** Shows every window in this theme, at once. Call on the JavaFX thread. */
    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        CURRENT.set(theme);
        WindowDressing.dressAll(theme);
    }

    public static Theme current() {
        return CURRENT.get();
    }

    public static ReadOnlyObjectProperty<Theme> currentProperty() {
        return CURRENT;
    }

    /**
     * Gives the owner the current theme's colour look now and at every change, for as long as the owner lives:
     * the theme holds it weakly, so a view dropped with its window (a language switch) is not kept alive.
     */
    public static void follow(Node owner, Consumer<ColourLook> onLook) {
        onLook.accept(current().look());
        ChangeListener<Theme> listener = (obs, old, theme) -> onLook.accept(theme.look());
        followers(owner).add(listener);
        CURRENT.addListener(new WeakChangeListener<>(listener));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> followers(Node owner) {
        return (List<Object>) owner.getProperties().computeIfAbsent(FOLLOWERS, k -> new ArrayList<>());
    }
}
