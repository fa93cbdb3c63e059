package org.strategycanvas.ui.editor;

import java.util.Collection;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The ids of the selected elements of one open document. */
public final class Selection {

    private final ObservableSet<String> ids = FXCollections.observableSet();

    public ObservableSet<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public Set<String> snapshot() {
        return Set.copyOf(ids);
    }

    public void select(String id) {
        set(Set.of(id));
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void set(Collection<String> newIds) {
        if (!ids.equals(Set.copyOf(newIds))) {
            ids.retainAll(newIds);
            ids.addAll(newIds);
        }
    }

    public void clear() {
        ids.clear();
    }
}
