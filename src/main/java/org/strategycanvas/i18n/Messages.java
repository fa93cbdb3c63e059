package org.strategycanvas.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every sentence a person reads comes from here. The texts live in bundles (English is the base,
 * French in {@code _fr}); several bundles are searched in turn so that each layer keeps its own file.
 */
public final class Messages {

    /** The bundle base names, searched in this order. */
    public static final List<String> BUNDLES = List.of(
            "org.strategycanvas.i18n.messages",
            "org.strategycanvas.i18n.io",
            "org.strategycanvas.i18n.canvas",
            "org.strategycanvas.i18n.mix",
            "org.strategycanvas.i18n.brief",
            "org.strategycanvas.i18n.timeline",
            "org.strategycanvas.i18n.scenarios",
            "org.strategycanvas.i18n.feedback",
            "org.strategycanvas.i18n.export",
            "org.strategycanvas.i18n.document",
            "org.strategycanvas.i18n.printing",
            "org.strategycanvas.i18n.presentation",
            "org.strategycanvas.i18n.keyboard",
            "org.strategycanvas.i18n.scale",
            "org.strategycanvas.i18n.recovery",
            "org.strategycanvas.i18n.themes",
            "org.strategycanvas.i18n.start");

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, this.locale, ResourceBundle.Control
                        .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    /** French when the system speaks French, English otherwise. */
    public static Locale supported(Locale requested) {
        return "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key, with {0}, {1}… filled in; the key itself if it is missing (a visible bug). */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }
}
