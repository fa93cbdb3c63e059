package org.strategycanvas.command;

import org.strategycanvas.model.Project;

/**
 * One change to a document. {@code execute} and {@code undo} are pure: given the project before (after),
 * they return the project after (before). A command may be executed again after it was undone (redo).
 */
public interface Command {

    Project execute(Project before);

    Project undo(Project after);

    /** A resource key naming the change for people ("command.move"), shown in the Undo and Redo menus. */
    String descriptionKey();
}
