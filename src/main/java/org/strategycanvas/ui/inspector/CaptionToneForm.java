package org.strategycanvas.ui.inspector;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Zone;
import org.strategycanvas.ui.editor.Editor;

/** The text and colour of a sticky note or a zone. */
final class CaptionToneForm<E extends Element> extends ElementForm<E> {

    private final TextInput caption;
    private final ComboBox<Tone> tone = new ComboBox<>();
    private final Function<E, Tone> toneOf;
    private boolean showing;

    private interface TextInput {
        void show(String value);

        Node node();
    }

    private CaptionToneForm(Messages messages, String titleKey, Editor editor, E element, Class<E> kind,
                            boolean multiline, Function<E, Tone> toneOf, BiFunction<E, Tone, E> withTone) {
        super(messages, titleKey, editor, element, kind);
        this.toneOf = toneOf;
        if (multiline) {
            CommitTextArea area = new CommitTextArea(text -> update(e -> kind.cast(e.withCaption(text))));
            caption = new TextInput() {
                public void show(String value) {
                    area.show(value);
                }

                public Node node() {
                    return area;
                }
            };
        } else {
            CommitTextField field = new CommitTextField(text -> update(e -> kind.cast(e.withCaption(text.strip()))));
            caption = new TextInput() {
                public void show(String value) {
                    field.show(value);
                }

                public Node node() {
                    return field;
                }
            };
        }
        tone.getItems().setAll(Tone.values());
        tone.setCellFactory(list -> new ToneCell());
        tone.setButtonCell(new ToneCell());
        tone.setMaxWidth(Double.MAX_VALUE);
        tone.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                update(e -> withTone.apply(e, value));
            }
        });
        row(multiline ? "inspector.text" : "inspector.label", caption.node());
        row("inspector.tone", tone);
        show(element);
    }

    static CaptionToneForm<StickyNote> note(Messages messages, Editor editor, StickyNote note) {
        return new CaptionToneForm<>(messages, "inspector.note", editor, note, StickyNote.class, true,
                StickyNote::tone, StickyNote::withTone);
    }

    static CaptionToneForm<Zone> zone(Messages messages, Editor editor, Zone zone) {
        return new CaptionToneForm<>(messages, "inspector.zone", editor, zone, Zone.class, false,
                Zone::tone, Zone::withTone);
    }

    @Override
    protected void show(E element) {
        showing = true;
        caption.show(element.caption());
        tone.setValue(toneOf.apply(element));
        showing = false;
    }

    private final class ToneCell extends ListCell<Tone> {
        @Override
        protected void updateItem(Tone item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("tone." + item.id()));
        }
    }
}
