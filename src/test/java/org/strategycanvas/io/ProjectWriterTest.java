package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.testing.SchemaCheck;

class ProjectWriterTest {

    static Project small() {
        ProjectInfo info = new ProjectInfo("Plan \"été\"", "Org", "Ana", "fr", "EUR", LocalDate.of(2026, 3, 1));
        return new Project(info,
                List.of(new Touchpoint("tp-4", TouchpointType.WEBSITE, "Site", "", new Bounds(10, 20.5, 180, 96),
                        new MediaSplit(85, 10, 5), new BigDecimal("1000"), LocalDate.of(2026, 3, 15), null)),
                List.of(new Objective("ob-3", "Ventes", "commandes", "nb", new BigDecimal("12.50"), null, null,
                        new Bounds(0, 0, 200, 96))),
                List.of(new Link("ln-5", "tp-4", "ob-3", LinkKind.SERVES)),
                List.of(new StickyNote("nt-2", "Idée", Tone.YELLOW, new Bounds(-1e-7, 3, 150, 105))),
                List.of(new Zone("zn-1", "Découverte", Tone.BLUE, new Bounds(0, 0, 400, 600))),
                new MixPlan(PeriodUnit.WEEK, 8, List.of(new Phase("Lancement", 0, 1)),
                        Map.of(5, new MediaSplit(50, 40, 10), 0, new MediaSplit(40, 20, 40)), 10));
    }

    @Test
    void writesTheDocumentedLayoutExactly() {
        String expected = """
                {
                  "format": "strategy-canvas",
                  "schemaVersion": 3,
                  "project": {
                    "title": "Plan \\"été\\"",
                    "organisation": "Org",
                    "author": "Ana",
                    "language": "fr",
                    "currency": "EUR",
                    "planStart": "2026-03-01"
                  },
                  "zones": [
                    {
                      "id": "zn-1",
                      "label": "Découverte",
                      "tone": "blue",
                      "x": 0.0,
                      "y": 0.0,
                      "width": 400.0,
                      "height": 600.0,
                      "stage": null
                    }
                  ],
                  "notes": [
                    {
                      "id": "nt-2",
                      "text": "Idée",
                      "tone": "yellow",
                      "x": -1.0E-7,
                      "y": 3.0,
                      "width": 150.0,
                      "height": 105.0
                    }
                  ],
                  "objectives": [
                    {
                      "id": "ob-3",
                      "title": "Ventes",
                      "kpiMetric": "commandes",
                      "unit": "nb",
                      "baseline": 12.50,
                      "target": null,
                      "deadline": null,
                      "x": 0.0,
                      "y": 0.0,
                      "width": 200.0,
                      "height": 96.0,
                      "owner": ""
                    }
                  ],
                  "touchpoints": [
                    {
                      "id": "tp-4",
                      "type": "website",
                      "label": "Site",
                      "notes": "",
                      "x": 10.0,
                      "y": 20.5,
                      "width": 180.0,
                      "height": 96.0,
                      "split": {
                        "owned": 85,
                        "earned": 10,
                        "paid": 5
                      },
                      "budget": 1000,
                      "activeFrom": "2026-03-15",
                      "activeTo": null,
                      "stages": []
                    }
                  ],
                  "links": [
                    {
                      "id": "ln-5",
                      "from": "tp-4",
                      "to": "ob-3",
                      "kind": "serves"
                    }
                  ],
                  "mixPlan": {
                    "unit": "week",
                    "periodCount": 8,
                    "gapThreshold": 10,
                    "phases": [
                      {
                        "name": "Lancement",
                        "first": 0,
                        "last": 1
                      }
                    ],
                    "targets": [
                      {
                        "period": 0,
                        "split": {
                          "owned": 40,
                          "earned": 20,
                          "paid": 40
                        }
                      },
                      {
                        "period": 5,
                        "split": {
                          "owned": 50,
                          "earned": 40,
                          "paid": 10
                        }
                      }
                    ]
                  },
                  "brief": {
                    "purpose": "",
                    "startingPoint": "",
                    "futureState": "",
                    "socialFootprint": "",
                    "interestCommunities": "",
                    "digitalTarget": "",
                    "sharedValues": "",
                    "staff": {
                      "available": null,
                      "needed": null,
                      "note": ""
                    },
                    "budget": {
                      "available": null,
                      "needed": null,
                      "note": ""
                    },
                    "time": {
                      "available": null,
                      "needed": null,
                      "note": ""
                    },
                    "expertise": {
                      "available": null,
                      "needed": null,
                      "note": ""
                    },
                    "product": "",
                    "price": "",
                    "place": "",
                    "promotion": "",
                    "people": []
                  },
                  "scenarios": [
                    {
                      "id": "good",
                      "name": "Good"
                    },
                    {
                      "id": "better",
                      "name": "Better"
                    },
                    {
                      "id": "best",
                      "name": "Best"
                    }
                  ],
                  "activeScenario": "good",
                  "actions": [],
                  "actuals": [],
                  "versions": []
                }
                """;
        byte[] bytes = new ProjectWriter().write(small());
        assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
        SchemaCheck.assertValid(bytes);
    }

    @Test
    void numbersAreWrittenPlainNeverWithAnExponent() {
        Project p = small();
        Touchpoint tp = p.touchpoints().get(0).withBudget(new BigDecimal("1E+3"));
        Objective ob = p.objectives().get(0).withKpi("m", "u", new BigDecimal("1E-7"), new BigDecimal("2.5E+4"), null);
        String text = new String(new ProjectWriter().write(p.replacing(java.util.Map.of(tp.id(), tp, ob.id(), ob))),
                StandardCharsets.UTF_8);
        assertEquals(true, text.contains("\"budget\": 1000,\n"), text);
        assertEquals(true, text.contains("\"baseline\": 0.0000001,"), text);
        assertEquals(true, text.contains("\"target\": 25000,"), text);
    }

    @Test
    void emptyListsAreWrittenCompactlyAndWithoutCarriageReturns() {
        byte[] bytes = new ProjectWriter().write(Project.empty(small().info()));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertEquals(true, text.contains("\"zones\": [],\n"));
        assertEquals(true, text.contains("\"links\": [],\n"));
        assertEquals(true, text.contains("\"phases\": [],\n    \"targets\": []\n  },\n"), text);
        assertEquals(true, text.endsWith("\"actions\": [],\n  \"actuals\": [],\n  \"versions\": []\n}\n"), text);
        SchemaCheck.assertValid(bytes);
    }
}
