package org.strategycanvas.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The file layout, version 3, as plain data: one record per JSON object, component names equal to the
 * JSON keys. Kept apart from the model so that the model can evolve while old files stay readable. Every
 * component is nullable here; {@link JsonToProject} turns missing or wrong values into plain sentences.
 */
final class ProjectJson {

    private ProjectJson() {
    }

    @JsonPropertyOrder({"format", "schemaVersion", "project", "zones", "notes", "objectives", "touchpoints", "links",
            "mixPlan", "brief", "scenarios", "activeScenario", "actions", "actuals", "versions"})
    record FileJson(String format, Integer schemaVersion, InfoJson project, List<ZoneJson> zones,
                    List<NoteJson> notes, List<ObjectiveJson> objectives, List<TouchpointJson> touchpoints,
                    List<LinkJson> links, MixPlanJson mixPlan, BriefJson brief, List<ScenarioJson> scenarios,
                    String activeScenario, List<ActionJson> actions, List<ActualJson> actuals,
                    List<VersionJson> versions) {
    }

    @JsonPropertyOrder({"title", "organisation", "author", "language", "currency", "planStart"})
    record InfoJson(String title, String organisation, String author, String language, String currency,
                    String planStart) {
    }

    @JsonPropertyOrder({"id", "label", "tone", "x", "y", "width", "height", "stage"})
    record ZoneJson(String id, String label, String tone, Double x, Double y, Double width, Double height,
                    String stage) {
    }

    @JsonPropertyOrder({"id", "text", "tone", "x", "y", "width", "height"})
    record NoteJson(String id, String text, String tone, Double x, Double y, Double width, Double height) {
    }

    @JsonPropertyOrder({"id", "title", "kpiMetric", "unit", "baseline", "target", "deadline",
            "x", "y", "width", "height", "owner"})
    record ObjectiveJson(String id, String title, String kpiMetric, String unit, BigDecimal baseline,
                         BigDecimal target, String deadline, Double x, Double y, Double width, Double height,
                         String owner) {
    }

    @JsonPropertyOrder({"id", "type", "label", "notes", "x", "y", "width", "height", "split", "budget",
            "activeFrom", "activeTo", "stages"})
    record TouchpointJson(String id, String type, String label, String notes, Double x, Double y, Double width,
                          Double height, SplitJson split, BigDecimal budget, String activeFrom, String activeTo,
                          List<String> stages) {
    }

    @JsonPropertyOrder({"owned", "earned", "paid"})
    record SplitJson(Integer owned, Integer earned, Integer paid) {
    }

    @JsonPropertyOrder({"id", "from", "to", "kind"})
    record LinkJson(String id, String from, String to, String kind) {
    }

    /** Periods and phases are numbered from 0; targets are written sorted by period. */
    @JsonPropertyOrder({"unit", "periodCount", "gapThreshold", "phases", "targets"})
    record MixPlanJson(String unit, Integer periodCount, Integer gapThreshold, List<PhaseJson> phases,
                       List<TargetJson> targets) {
    }

    @JsonPropertyOrder({"name", "first", "last"})
    record PhaseJson(String name, Integer first, Integer last) {
    }

    @JsonPropertyOrder({"period", "split"})
    record TargetJson(Integer period, SplitJson split) {
    }

    @JsonPropertyOrder({"purpose", "startingPoint", "futureState", "socialFootprint", "interestCommunities",
            "digitalTarget", "sharedValues", "staff", "budget", "time", "expertise", "product", "price", "place",
            "promotion", "people"})
    record BriefJson(String purpose, String startingPoint, String futureState, String socialFootprint,
                     String interestCommunities, String digitalTarget, String sharedValues, ResourceJson staff,
                     ResourceJson budget, ResourceJson time, ResourceJson expertise, String product, String price,
                     String place, String promotion, List<PersonJson> people) {
    }

    @JsonPropertyOrder({"available", "needed", "note"})
    record ResourceJson(BigDecimal available, BigDecimal needed, String note) {
    }

    @JsonPropertyOrder({"name", "role", "approves", "approvesBudget"})
    record PersonJson(String name, String role, Boolean approves, Boolean approvesBudget) {
    }

    @JsonPropertyOrder({"id", "name"})
    record ScenarioJson(String id, String name) {
    }

    /** Budgets are an object from scenario id to amount, written sorted by scenario id. */
    @JsonPropertyOrder({"id", "title", "touchpoint", "objective", "startWeek", "durationWeeks", "owner", "budgets",
            "milestone"})
    record ActionJson(String id, String title, String touchpoint, String objective, Integer startWeek,
                      Integer durationWeeks, String owner, Map<String, BigDecimal> budgets, Boolean milestone) {
    }

    @JsonPropertyOrder({"objective", "date", "value"})
    record ActualJson(String objective, String date, BigDecimal value) {
    }

    /** A saved version: its own touchpoints, objectives and actions, never other versions. */
    @JsonPropertyOrder({"name", "saved", "touchpoints", "objectives", "actions"})
    record VersionJson(String name, String saved, List<TouchpointJson> touchpoints, List<ObjectiveJson> objectives,
                       List<ActionJson> actions) {
    }
}
