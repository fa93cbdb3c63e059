package org.strategycanvas.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.Backup;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.JsonMappers;
import org.strategycanvas.io.OpenedProject;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectFormat;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.mix.PlanMix;
import org.strategycanvas.model.plan.Budgets;
import org.strategycanvas.model.plan.Trajectory;

/**
 * The headless commands: validate, info, upgrade, export-pdf, export-png, --help, --version. Returns an
 * exit code (0 done, 1 a file was refused, 2 the command line was wrong; the exports answer 1 for any
 * error) and never prints a stack trace.
 */
public final class Cli {

    public static final Set<String> COMMANDS = Set.of("validate", "info", "upgrade", ExportCommands.PDF,
            ExportCommands.PNG);

    private final ProjectFiles files;
    private final Messages messages;
    private final Clock clock;

    public Cli() {
        this(new ProjectFiles(), Locale.getDefault());
    }

    public Cli(ProjectFiles files, Locale locale) {
        this(files, locale, Clock.systemDefaultZone());
    }

    /** @param clock gives "today" for the objectives' status in {@code info} */
    public Cli(ProjectFiles files, Locale locale, Clock clock) {
        this.files = files;
        this.messages = new Messages(locale);
        this.clock = clock;
    }

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg) || arg.startsWith("-");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            out.println(messages.get("cli.usage"));
            out.println(messages.get("cli.export.usage"));
            return 0;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if ("--version".equals(command)) {
            out.println(messages.get("cli.version", version()));
            return 0;
        }
        if (!COMMANDS.contains(command)) {
            err.println(messages.get("cli.error.unknownCommand", command));
            return 2;
        }
        if (ExportCommands.PDF.equals(command) || ExportCommands.PNG.equals(command)) {
            return new ExportCommands(files, messages).run(command, rest, out, err);
        }
        if (rest.isEmpty()) {
            err.println(messages.get("cli.error.missingFile", command));
            return 2;
        }
        if ("info".equals(command) && rest.size() > 1) {
            err.println(messages.get("cli.error.tooManyFiles", command));
            return 2;
        }
        int code = 0;
        for (String file : rest) {
            try {
                code = Math.max(code, runOn(command, file, out, err));
            } catch (ProjectFileException e) {
                err.println(messages.get("cli.validate.failed", file, e.message(messages.locale())));
                code = 1;
            } catch (RuntimeException | Error e) { // StackOverflowError, OutOfMemoryError…: one line, no trace
                err.println(messages.get("cli.error.unexpected", file));
                code = 1;
            }
        }
        return code;
    }

    private int runOn(String command, String file, PrintStream out, PrintStream err) throws ProjectFileException {
        OpenedProject opened = files.open(Path.of(file));
        switch (command) {
            case "validate":
                out.println(messages.get("cli.validate.ok", file));
                return 0;
            case "info":
                out.print(info(opened, LocalDate.now(clock)));
                return 0;
            default:
                out.println(upgrade(Path.of(file), file, opened));
                return 0;
        }
    }

    private String upgrade(Path path, String file, OpenedProject opened) throws ProjectFileException {
        byte[] canonical = files.toBytes(opened.project());
        if (!opened.wasMigrated() && FileStamp.of(canonical, null).sha256().equals(opened.stamp().sha256())) {
            return messages.get("cli.upgrade.upToDate", file, ProjectFormat.CURRENT_VERSION);
        }
        files.save(opened.project(), path);
        Optional<Backup> kept = newestBackup(path);
        return kept.isPresent()
                ? messages.get("cli.upgrade.rewritten", file, ProjectFormat.CURRENT_VERSION,
                        opened.migratedFromVersion(), kept.get().file())
                : messages.get("recovery.cli.rewrittenWithoutBackup", file, ProjectFormat.CURRENT_VERSION,
                        opened.migratedFromVersion());
    }

    private Optional<Backup> newestBackup(Path path) {
        try {
            return files.backups().kept() == 0 ? Optional.empty() : files.backups().of(path).stream().findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A JSON summary: title, version, touchpoints per family (all six), the other counts, and the plan's
     * media mix in whole percents weighted by the active scenario's budgets (see {@link PlanMix#budgetWeighted}
     * and {@link org.strategycanvas.model.plan.ScenarioBudgets}), the actions' budget total of each scenario
     * and each objective with its status on {@code today} (see {@link Trajectory#status}).
     */
    private static String info(OpenedProject opened, LocalDate today) {
        Project p = opened.project();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("title", p.info().title());
        node.put("schemaVersion", opened.migratedFromVersion());
        ObjectNode families = node.putObject("touchpoints");
        for (Family family : Family.values()) {
            families.put(family.id(), p.touchpoints().stream().filter(t -> t.family() == family).count());
        }
        node.put("links", p.links().size());
        node.put("notes", p.notes().size());
        node.put("zones", p.zones().size());
        // Weighted by the active scenario's budgets, equal weights when no touchpoint has a budget there;
        // null without touchpoints.
        Optional<MediaSplit> mix = PlanMix.budgetWeighted(p.activeBudgets().touchpoints()).split();
        if (mix.isPresent()) {
            ObjectNode split = node.putObject("mix");
            split.put("owned", mix.get().owned());
            split.put("earned", mix.get().earned());
            split.put("paid", mix.get().paid());
        } else {
            node.putNull("mix");
        }
        ObjectNode budget = node.putObject("budget");
        new Budgets(p.actions(), p.touchpoints()).totals(p.scenarios()).forEach(budget::put);
        ArrayNode statuses = node.putArray("objectives");
        for (Objective o : p.objectives()) {
            ObjectNode status = statuses.addObject();
            status.put("title", o.title());
            status.put("status", new Trajectory(o, p.info().planStart()).status(p.actuals(), today).id());
        }
        try {
            return new String(JsonMappers.canonicalWriter().writeValueAsBytes(node), StandardCharsets.UTF_8) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        return AppVersion.get();
    }
}
