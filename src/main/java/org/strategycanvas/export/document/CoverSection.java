package org.strategycanvas.export.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.render.Palette;

/**
 * The first page: what the document is, the plan's title, then whose it is, when it was exported, the
 * scenario its budgets are in and the latest version saved; the app's name at the bottom. Lines with
 * nothing to say are left out.
 */
final class CoverSection {

    private final DocumentTexts texts;

    CoverSection(DocumentTexts texts) {
        this.texts = texts;
    }

    List<Block> blocks(Project project, LocalDate exportDate) {
        ProjectInfo info = project.info();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Space(110));
        blocks.add(new Paragraph(texts.get("document.cover.kind"), DocStyle.H3, Palette.SELECTION, 0, false));
        String title = info.title().isBlank() ? texts.get("document.untitled") : info.title();
        blocks.add(new Paragraph(title, DocStyle.COVER_TITLE, Palette.INK, 8, false));
        blocks.add(new Space(18));
        List<String[]> lines = new ArrayList<>();
        add(lines, "document.cover.organisation", info.organisation());
        add(lines, "document.cover.author", info.author());
        add(lines, "document.cover.planStart", texts.longDate(info.planStart()));
        add(lines, "document.cover.scenario", PlanDocument.activeName(project));
        latestVersion(project).ifPresent(v -> add(lines, "document.cover.version",
                texts.get("document.cover.versionValue", v.name(), texts.longDate(v.saved()))));
        add(lines, "document.cover.exported", texts.longDate(exportDate));
        blocks.add(Table.keyValues(lines, texts.get("document.continued")));
        blocks.add(new Space(40));
        blocks.add(Paragraph.note(texts.get("document.cover.madeWith", texts.get("app.name"))));
        return blocks;
    }

    private void add(List<String[]> lines, String key, String value) {
        if (!value.isBlank()) {
            lines.add(new String[] {texts.get(key), value});
        }
    }

    /** The version saved last; of two saved the same day, the later in the list. */
    static java.util.Optional<PlanVersion> latestVersion(Project project) {
        return project.versions().stream().reduce((a, b) -> b.saved().isBefore(a.saved()) ? a : b);
    }
}
