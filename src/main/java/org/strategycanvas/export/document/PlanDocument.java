package org.strategycanvas.export.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Scenario;

/**
 * The plan document, in the messages' language: a cover, the brief, the objectives and their KPIs, the
 * touchpoints by family, the media mix and its course over time, the timeline month by month and the budget
 * scenarios side by side. Each section starts on a new page and is left out when the plan has nothing for
 * it. The export date is given, not read from the clock, so the same plan on the same day prints the same.
 */
public final class PlanDocument {

    /** The document's margins: 15 mm, roomier than a poster's, inside what every printer prints. */
    public static final double MARGIN = 15 * Paper.POINTS_PER_MM;

    private final Messages messages;
    private final DocumentTexts texts;

    public PlanDocument(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        this.texts = new DocumentTexts(messages);
    }

    /** The sheet the document is laid out on: this size and orientation, with the document's margins. */
    public static Paper paper(Paper.Size size, boolean landscape) {
        return new Paper(size, landscape, MARGIN);
    }

    /** The document laid out on pages, measured with the bundled typeface. */
    public DocumentPages pages(Project project, Paper paper, LocalDate exportDate) {
        return pages(project, paper, exportDate, TextMeasure.bundledFont());
    }

    public DocumentPages pages(Project project, Paper paper, LocalDate exportDate, TextMeasure measure) {
        double width = DocumentPages.content(paper).width();
        return DocumentPages.of(paper, project.info().title(), blocks(project, exportDate, width), measure, messages);
    }

    /** Every block of the document, for a page whose content is {@code width} points wide. */
    public List<Block> blocks(Project project, LocalDate exportDate, double width) {
        Objects.requireNonNull(exportDate, "exportDate");
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(new CoverSection(texts).blocks(project, exportDate));
        blocks.addAll(new BriefSection(texts).blocks(project));
        blocks.addAll(new ObjectivesSection(texts).blocks(project, exportDate));
        blocks.addAll(new TouchpointsSection(texts).blocks(project));
        blocks.addAll(new MixSection(messages, texts).blocks(project, width));
        blocks.addAll(new TimelineSection(messages, texts).blocks(project, width));
        blocks.addAll(new ScenariosSection(messages, texts).blocks(project));
        return blocks;
    }

    /** The active scenario's name ("" if the plan names none it has). */
    static String activeName(Project project) {
        return project.scenarios().stream().filter(s -> s.id().equals(project.activeScenario())).findFirst()
                .map(Scenario::name).orElse("");
    }
}
