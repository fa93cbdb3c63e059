package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycanvas.model.Project;
import org.strategycanvas.testing.ProjectArbitraries;
import org.strategycanvas.testing.SchemaCheck;

class RoundTripPropertiesTest {

    private final ProjectWriter writer = new ProjectWriter();
    private final ProjectReader reader = new ProjectReader();

    @Provide
    Arbitrary<Project> projects() {
        return ProjectArbitraries.projects();
    }

    @Property(tries = 400)
    void readingWhatWasWrittenGivesTheSameProject(@ForAll("projects") Project project) throws Exception {
        ProjectReader.Result result = reader.read(writer.write(project), "random.strategy.json");
        assertEquals(project, result.project());
        assertEquals(ProjectFormat.CURRENT_VERSION, result.fileVersion());
    }

    @Property(tries = 400)
    void writingIsByteStable(@ForAll("projects") Project project) throws Exception {
        byte[] first = writer.write(project);
        byte[] second = writer.write(reader.read(first, "random.strategy.json").project());
        assertArrayEquals(first, second);
    }

    @Property(tries = 200)
    void everyWrittenFileMatchesTheSchema(@ForAll("projects") Project project) {
        SchemaCheck.assertValid(writer.write(project));
    }
}
