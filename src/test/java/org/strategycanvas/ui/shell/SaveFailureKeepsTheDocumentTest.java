package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.EditProjectInfo;
import org.strategycanvas.faults.FaultPlans;
import org.strategycanvas.faults.FullDisk;
import org.strategycanvas.faults.ReadOnlyFolder;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectReader;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.io.SafeFileWriter;
import org.strategycanvas.model.Project;

/**
 * File ▸ Save onto a full disk or into a read-only folder, as the window does it (DocumentActions): the person
 * reads one plain sentence in their language, the document stays unsaved (the title keeps its star), the file on
 * disk is as it was, and no temporary file is left. Once there is room again, Save works and the star goes.
 */
class SaveFailureKeepsTheDocumentTest {

    @TempDir
    Path folder;

    /** Prompts that record the sentences shown; any question is a failure here. */
    private static final class RecordingPrompts extends Prompts {
        final List<String> errors = new ArrayList<>();

        RecordingPrompts(Messages messages) {
            super(messages, null);
        }

        @Override
        public void showError(String sentence) {
            errors.add(sentence);
        }

        @Override
        public SaveChoice askSaveChanges(String documentName) {
            return fail("no question expected");
        }

        @Override
        public boolean askOverwriteChangedFile(String fileName) {
            return fail("the file did not change on disk");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFullDiskKeepsTheChangesUnsaved(String language) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        FullDisk disk = new FullDisk(1000);
        Fixture f = new Fixture(messages, new ProjectFiles(new ProjectReader(), new ProjectWriter(),
                new SafeFileWriter(disk)));

        assertFalse(f.actions.save(), "not saved");
        f.assertStillUnsaved(messages, messages.get("io.save.diskFull", "plan.strategy.json"));

        Fixture roomy = new Fixture(f, messages, new ProjectFiles());
        assertTrue(roomy.actions.save(), "saved once there is room");
        assertFalse(f.session.editor().dirtyProperty().get());
        assertEquals(f.session.editor().project(), new ProjectFiles().open(f.plan).project());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReadOnlyFolderKeepsTheChangesUnsaved(String language) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        Fixture f = new Fixture(messages, new ProjectFiles());
        try (ReadOnlyFolder locked = ReadOnlyFolder.of(folder)) {
            assertFalse(f.actions.save(), "not saved in a folder made read-only by " + locked.how());
            f.assertStillUnsaved(messages, messages.get("io.save.accessDenied", "plan.strategy.json"));
        }
    }

    /** A plan saved on disk, opened in a session, then edited (one undo step). */
    private final class Fixture {
        final Path plan = folder.resolve("plan.strategy.json");
        final DocumentSession session;
        final RecordingPrompts prompts;
        final DocumentActions actions;
        final byte[] onDisk;

        Fixture(Messages messages, ProjectFiles files) throws Exception {
            Project saved = FaultPlans.generate(30, 3, 0);
            FileStamp stamp = new ProjectFiles().save(saved, plan);
            onDisk = Files.readAllBytes(plan);
            session = new DocumentSession(saved);
            session.attach(plan, stamp);
            session.editor().execute(new EditProjectInfo(saved.info(), saved.info().withTitle("Renamed plan")));
            assertTrue(session.editor().dirtyProperty().get());
            prompts = new RecordingPrompts(messages);
            actions = new DocumentActions(session, messages, Settings.in(folder.resolveSibling("settings-"
                    + messages.locale())), new QueuedFileDialogs(), prompts, null, files);
        }

        /** The same session, with other files (the disk has room again). */
        Fixture(Fixture same, Messages messages, ProjectFiles files) {
            session = same.session;
            onDisk = same.onDisk;
            prompts = new RecordingPrompts(messages);
            actions = new DocumentActions(session, messages, Settings.in(folder.resolveSibling("settings-again-"
                    + messages.locale())), new QueuedFileDialogs(), prompts, null, files);
        }

        void assertStillUnsaved(Messages messages, String sentence) throws IOException {
            assertEquals(List.of(sentence), prompts.errors, "one plain sentence");
            assertTrue(session.editor().dirtyProperty().get(), "the changes are still unsaved");
            assertEquals(messages.get("window.title.dirty", "plan.strategy.json"), session.windowTitle(messages).get(),
                    "the title still shows unsaved changes");
            assertEquals("Renamed plan", session.editor().project().info().title(), "the edit is kept");
            assertEquals(plan, session.file());
            assertArrayEquals(onDisk, Files.readAllBytes(plan), "the file on disk is as it was");
            try (Stream<Path> listing = Files.list(folder)) {
                assertEquals(Set.of("plan.strategy.json"),
                        listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                        "no temporary file left");
            }
        }
    }
}
