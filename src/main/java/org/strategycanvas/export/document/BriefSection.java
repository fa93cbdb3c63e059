package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceGaps;
import org.strategycanvas.model.plan.ResourceKind;

/**
 * The brief: why and where to (purpose, starting point, future state), the audiences, the resources with
 * what is available, needed and the gap, the four Ps and the people involved. A part with nothing filled in
 * is left out, and an empty brief gives no section at all.
 */
final class BriefSection {

    private final DocumentTexts texts;

    BriefSection(DocumentTexts texts) {
        this.texts = texts;
    }

    List<Block> blocks(Project project) {
        Brief brief = project.brief();
        List<Block> parts = new ArrayList<>();
        keyValues(parts, "brief.section.why", List.of(
                pair("brief.label.purpose", brief.purpose()),
                pair("brief.label.startingPoint", brief.startingPoint()),
                pair("brief.label.futureState", brief.futureState())));
        keyValues(parts, "brief.section.audiences", List.of(
                pair("brief.label.socialFootprint", brief.socialFootprint()),
                pair("brief.label.interestCommunities", brief.interestCommunities()),
                pair("brief.label.digitalTarget", brief.digitalTarget()),
                pair("brief.label.sharedValues", brief.sharedValues())));
        resources(parts, brief, project.info().currency());
        keyValues(parts, "brief.section.offer", List.of(
                pair("brief.label.product", brief.product()),
                pair("brief.label.price", brief.price()),
                pair("brief.label.place", brief.place()),
                pair("brief.label.promotion", brief.promotion())));
        people(parts, brief.people());
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.brief")));
        blocks.addAll(parts);
        return blocks;
    }

    private String[] pair(String key, String value) {
        return new String[] {texts.get(key), value.strip()};
    }

    private void keyValues(List<Block> parts, String heading, List<String[]> pairs) {
        List<String[]> filled = pairs.stream().filter(p -> !p[1].isEmpty()).toList();
        if (!filled.isEmpty()) {
            parts.add(Heading.sub(texts.get(heading)));
            parts.add(Table.keyValues(filled, texts.get("document.continued")));
        }
    }

    private void resources(List<Block> parts, Brief brief, String currency) {
        List<Table.Row> rows = new ArrayList<>();
        for (Map.Entry<ResourceKind, Resource> e : brief.resources().entrySet()) {
            ResourceKind kind = e.getKey();
            Resource r = e.getValue();
            if (r.available() == null && r.needed() == null && r.note().isBlank()) {
                continue;
            }
            rows.add(Table.Row.texts(texts.get("brief.resource." + kind.id()),
                    texts.resource(kind, r.available(), currency), texts.resource(kind, r.needed(), currency),
                    texts.gap(kind, ResourceGaps.of(kind, r), currency), r.note().strip()));
        }
        if (rows.isEmpty()) {
            return;
        }
        parts.add(Heading.sub(texts.get("brief.section.resources")));
        parts.add(Table.of(List.of(
                Table.Column.left(texts.get("document.brief.resource"), 1.1),
                Table.Column.right(texts.get("brief.resources.available"), 1.1),
                Table.Column.right(texts.get("brief.resources.needed"), 1.1),
                Table.Column.left(texts.get("brief.resources.gap"), 1.4),
                Table.Column.left(texts.get("brief.resources.note"), 2.3)), rows, texts.get("document.continued")));
    }

    private void people(List<Block> parts, List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Person p : people) {
            rows.add(Table.Row.texts(p.name(), p.role(), yesNo(p.approves()), yesNo(p.approvesBudget())));
        }
        parts.add(Heading.sub(texts.get("brief.section.people")));
        parts.add(Table.of(List.of(
                Table.Column.left(texts.get("brief.people.name"), 2),
                Table.Column.left(texts.get("brief.people.role"), 2),
                Table.Column.left(texts.get("brief.people.approves"), 1.3),
                Table.Column.left(texts.get("brief.people.approvesBudget"), 1.3)), rows,
                texts.get("document.continued")));
    }

    private String yesNo(boolean yes) {
        return texts.get(yes ? "document.yes" : "document.no");
    }
}
