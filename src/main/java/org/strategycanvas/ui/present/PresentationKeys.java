package org.strategycanvas.ui.present;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a presentation, including what presentation clickers send (Page Up and Page Down): Right,
 * Down, Space and Page Down go to the next frame, Left, Up, Shift+Space and Page Up to the previous one,
 * Home and End to the first and last; O or G the overview, T transitions on or off, L the laser pointer,
 * W starts or pauses the timer and + or − adjust it; N a sticky note; Ctrl+Z and Ctrl+Y undo and redo; Esc
 * closes the overview, or else leaves.
 */
final class PresentationKeys {

    private final Presentation presentation;
    /** N opens the note field; the "n" typed by the same stroke must not land in it. */
    private boolean swallowTyped;

    PresentationKeys(Presentation presentation) {
        this.presentation = presentation;
    }

    void pressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (presentation.isOverviewOpen()) {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.O || e.getCode() == KeyCode.G) {
                presentation.toggleOverview();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown()) {
            shortcut(e);
            return;
        }
        if (e.isAltDown() || !act(e)) {
            return;
        }
        e.consume();
    }

    private void shortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            presentation.undo();
        } else if (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z) {
            presentation.redo();
        } else {
            return;
        }
        e.consume();
    }

    private boolean act(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT:
            case DOWN:
            case PAGE_DOWN:
                presentation.next();
                return true;
            case LEFT:
            case UP:
            case PAGE_UP:
                presentation.previous();
                return true;
            case SPACE:
                if (e.isShiftDown()) {
                    presentation.previous();
                } else {
                    presentation.next();
                }
                return true;
            case HOME:
                presentation.first();
                return true;
            case END:
                presentation.last();
                return true;
            case ESCAPE:
                presentation.exit();
                return true;
            case O:
            case G:
                presentation.toggleOverview();
                return true;
            case T:
                presentation.toggleTransitions();
                return true;
            case L:
                presentation.toggleLaser();
                return true;
            case W:
                presentation.toggleTimer();
                return true;
            case N:
                swallowTyped = true;
                presentation.openNoteField();
                return true;
            default:
                return false;
        }
    }

    /** + and − by the character typed, whatever the keyboard layout puts them on. */
    void typed(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            if (e.getCharacter().equalsIgnoreCase("n")) {
                e.consume();
                return;
            }
        }
        if (e.getTarget() instanceof TextInputControl || presentation.isOverviewOpen() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCharacter()) {
            case "+":
            case "=":
                presentation.adjustTimer(1);
                break;
            case "-":
            case "\u2212":
                presentation.adjustTimer(-1);
                break;
            default:
                return;
        }
        e.consume();
    }
}
