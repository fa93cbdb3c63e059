package org.strategycanvas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.strategycanvas.model.Project;

/** Writes a project in the canonical form of the current format: the same project, the same bytes. */
public final class ProjectWriter {

    /** UTF-8 JSON, 2-space indents, "\n" line ends and a final newline. */
    public byte[] write(Project project) {
        byte[] json;
        try {
            json = JsonMappers.canonicalWriter().writeValueAsBytes(ProjectToJson.convert(project));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot happen: the layout records always serialise", e);
        }
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }
}
