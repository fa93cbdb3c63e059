package org.strategycanvas.ui.print;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.PosterTiling;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.controls.Choices;

/**
 * Print or export as PDF: what (the canvas on one page, a poster, the plan document), the paper, its
 * orientation and margins, the printer, and a preview of every page as it will come out. With no printer
 * installed it says so and offers the PDF instead. It only gathers the choice: the caller prints or exports.
 */
public final class PrintDialog {

    /** Opened to print (with a printer), or to export a PDF. */
    public enum Mode { PRINT, EXPORT_PDF }

    /** What the person asked for on closing. */
    public enum Action { PRINT, EXPORT_PDF }

    /** The pages chosen, and what to do with them; {@code printer} is set to print. */
    public record Choice(Action action, PrintSetup setup, Pages pages, Printer printer) {
    }

    public static final int MIN_MARGIN_MM = 3;
    public static final int MAX_MARGIN_MM = 30;

    private final Messages messages;
    private final Mode mode;
    private final Project project;
    private final PageSources sources;
    private final Stage stage = new Stage();
    private final PagePreview preview = new PagePreview();
    private final ToggleGroup kinds = new ToggleGroup();
    private final Spinner<Integer> columns;
    private final Spinner<Integer> rows;
    private final ComboBox<Paper.Size> paper = new ComboBox<>(FXCollections.observableArrayList(Paper.Size.values()));
    private final ToggleGroup orientations = new ToggleGroup();
    private final RadioButton portrait;
    private final RadioButton landscape;
    private final Spinner<Integer> margin;
    private final ComboBox<Printer> printer = new ComboBox<>();
    private final Label pageLabel = new Label();
    private final Label pageCount = new Label();
    private final Label sheetCaption = new Label();
    private final Label problem = new Label();
    private final Button previous = new Button("\u2039");
    private final Button next = new Button("\u203a");
    private final Button print = new Button();
    private final Button exportPdf = new Button();
    private Pages pages;
    private int index;
    private Choice choice;
    /** Whether the user picked the orientation; until then it follows what is printed. */
    private boolean orientationChosen;

    public PrintDialog(Window owner, Messages messages, Mode mode, Project project, PageSources sources,
                       Printers printers, PrintSetup initial, String preferredPrinter) {
        this.messages = messages;
        this.mode = mode;
        this.project = project;
        this.sources = sources;
        this.columns = IntSpinners.of(1, PosterTiling.MAX_SHEETS_PER_SIDE, initial.columns(), "print-columns");
        this.rows = IntSpinners.of(1, PosterTiling.MAX_SHEETS_PER_SIDE, initial.rows(), "print-rows");
        this.portrait = Choices.option(messages, orientations, "printing.orientation.portrait", "print-portrait");
        this.landscape = Choices.option(messages, orientations, "printing.orientation.landscape", "print-landscape");
        int marginMm = (int) Math.round(initial.paper().margin() / Paper.POINTS_PER_MM);
        this.margin = IntSpinners.of(MIN_MARGIN_MM, MAX_MARGIN_MM,
                Math.max(MIN_MARGIN_MM, Math.min(MAX_MARGIN_MM, marginMm)), "print-margin");

        List<Printer> installed = mode == Mode.PRINT ? printers.all() : List.of();
        BorderPane content = new BorderPane();
        content.setLeft(settings(initial, installed, printers, preferredPrinter));
        content.setCenter(previewPane());
        content.setBottom(buttons(installed.isEmpty()));
        content.getStyleClass().add("print-dialog");

        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(mode == Mode.PRINT ? "printing.dialog.printTitle"
                : "printing.dialog.exportTitle"));
        Scene scene = new Scene(content, 980, 660);
        scene.getStylesheets().add(PrintDialog.class.getResource("/org/strategycanvas/ui/print.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnShown(e -> (print.isDisabled() ? exportPdf : print).requestFocus());
        refresh();
    }

    /** The plan document reads in portrait; the canvas keeps the orientation that fits it best. */
    private void suitOrientation(PrintSetup initial) {
        if (orientationChosen || kinds.getSelectedToggle() == null) {
            return;
        }
        boolean document = kinds.getSelectedToggle().getUserData() == PrintKind.PLAN_DOCUMENT;
        (document || !initial.paper().landscape() ? portrait : landscape).setSelected(true);
    }

    /** Shows the dialog and waits: the choice made, or empty when cancelled. */
    public Optional<Choice> showAndWait() {
        stage.showAndWait();
        return Optional.ofNullable(choice);
    }

    private Region settings(PrintSetup initial, List<Printer> installed, Printers printers, String preferred) {
        RadioButton canvas = Choices.option(messages, kinds, "printing.kind.canvas", "print-kind-canvas");
        RadioButton poster = Choices.option(messages, kinds, "printing.kind.poster", "print-kind-poster");
        RadioButton plan = Choices.option(messages, kinds, "printing.kind.planDocument", "print-kind-planDocument");
        canvas.setUserData(PrintKind.CANVAS);
        poster.setUserData(PrintKind.POSTER);
        plan.setUserData(PrintKind.PLAN_DOCUMENT);
        kinds.getToggles().stream().filter(t -> t.getUserData() == initial.kind()).findFirst()
                .ifPresent(kinds::selectToggle);
        Label times = new Label("\u00d7");
        Label sheets = new Label(messages.get("printing.poster.sheets"));
        describe(columns, "printing.poster.columns");
        describe(rows, "printing.poster.rows");
        HBox posterSize = new HBox(6, columns, times, rows, sheets);
        posterSize.setAlignment(Pos.CENTER_LEFT);
        posterSize.setPadding(new Insets(0, 0, 0, 26));
        posterSize.disableProperty().bind(poster.selectedProperty().not());

        paper.setId("print-paper");
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper.Size size) {
                return size == null ? "" : messages.get("printing.paper." + size.name());
            }

            @Override
            public Paper.Size fromString(String text) {
                return null;
            }
        });
        paper.setValue(initial.paper().size());
        paper.setMaxWidth(Double.MAX_VALUE);
        (initial.paper().landscape() ? landscape : portrait).setSelected(true);
        HBox orientation = new HBox(16, portrait, landscape);
        Label mm = new Label(messages.get("printing.margins.unit"));
        HBox margins = new HBox(8, margin, mm);
        margins.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8,
                heading(mode == Mode.PRINT ? "printing.what" : "printing.what.export"),
                canvas, poster, posterSize, plan,
                heading("printing.paper"), paper, orientation,
                heading("printing.margins"), margins);
        if (mode == Mode.PRINT) {
            box.getChildren().addAll(heading("printing.printer"), printerChoice(installed, printers, preferred));
        }
        box.setPadding(new Insets(16));
        box.setPrefWidth(350);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("print-settings");

        kinds.selectedToggleProperty().addListener((obs, o, n) -> suitOrientation(initial));
        kinds.selectedToggleProperty().addListener((obs, o, n) -> refresh());
        portrait.setOnAction(e -> orientationChosen = true);
        landscape.setOnAction(e -> orientationChosen = true);
        columns.valueProperty().addListener((obs, o, n) -> refresh());
        rows.valueProperty().addListener((obs, o, n) -> refresh());
        paper.valueProperty().addListener((obs, o, n) -> refresh());
        orientations.selectedToggleProperty().addListener((obs, o, n) -> refresh());
        margin.valueProperty().addListener((obs, o, n) -> refresh());
        return box;
    }

    /** The printers, the preferred one first chosen; or, with none, a plain sentence saying so. */
    private Node printerChoice(List<Printer> installed, Printers printers, String preferred) {
        if (installed.isEmpty()) {
            Label none = new Label(messages.get("printing.noPrinter"));
            none.setId("print-no-printer");
            none.setWrapText(true);
            none.getStyleClass().add("print-notice");
            none.setMinHeight(Region.USE_PREF_SIZE);
            return none;
        }
        printer.setId("print-printer");
        printer.setItems(FXCollections.observableArrayList(installed));
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Printer p) {
                return p == null ? "" : p.getName();
            }

            @Override
            public Printer fromString(String text) {
                return null;
            }
        });
        Printer first = installed.stream().filter(p -> p.getName().equals(preferred)).findFirst()
                .or(() -> printers.preferred().filter(installed::contains))
                .orElse(installed.get(0));
        printer.setValue(first);
        printer.setMaxWidth(Double.MAX_VALUE);
        return printer;
    }

    private Region previewPane() {
        problem.setId("print-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("print-problem");
        problem.setMaxWidth(420);
        preview.setId("print-preview");
        StackPane sheet = new StackPane(preview, problem);
        VBox.setVgrow(sheet, Priority.ALWAYS);

        previous.setId("print-previous");
        next.setId("print-next");
        previous.setAccessibleText(messages.get("printing.preview.previous"));
        next.setAccessibleText(messages.get("printing.preview.next"));
        previous.setTooltip(new Tooltip(messages.get("printing.preview.previous")));
        next.setTooltip(new Tooltip(messages.get("printing.preview.next")));
        previous.setOnAction(e -> showPage(index - 1));
        next.setOnAction(e -> showPage(index + 1));
        pageLabel.setId("print-page");
        pageLabel.setMinWidth(110);
        pageLabel.setAlignment(Pos.CENTER);
        HBox navigation = new HBox(8, previous, pageLabel, next);
        navigation.setAlignment(Pos.CENTER);

        pageCount.setId("print-page-count");
        pageCount.getStyleClass().add("print-page-count");
        sheetCaption.setId("print-sheet");
        sheetCaption.getStyleClass().add("print-caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox footer = new HBox(8, sheetCaption, spacer, navigation, spacer2, pageCount);
        footer.setAlignment(Pos.CENTER);
        VBox box = new VBox(8, sheet, footer);
        box.setPadding(new Insets(16, 16, 8, 16));
        return box;
    }

    private Region buttons(boolean noPrinter) {
        Button cancel = new Button(messages.get("printing.button.cancel"));
        cancel.setId("print-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        exportPdf.setId("print-export-pdf");
        exportPdf.setOnAction(e -> close(Action.EXPORT_PDF));
        ButtonBar bar = new ButtonBar();
        if (mode == Mode.PRINT) {
            print.setText(messages.get("printing.button.print"));
            print.setId("print-print");
            print.setOnAction(e -> close(Action.PRINT));
            exportPdf.setText(messages.get("printing.button.exportPdf"));
            ButtonBar.setButtonData(exportPdf, noPrinter ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.LEFT);
            ButtonBar.setButtonData(print, ButtonBar.ButtonData.OK_DONE);
            print.setDefaultButton(!noPrinter);
            exportPdf.setDefaultButton(noPrinter);
            bar.getButtons().addAll(exportPdf, cancel);
            if (!noPrinter) {
                bar.getButtons().add(print);
            }
        } else {
            exportPdf.setText(messages.get("printing.button.export"));
            ButtonBar.setButtonData(exportPdf, ButtonBar.ButtonData.OK_DONE);
            exportPdf.setDefaultButton(true);
            bar.getButtons().addAll(exportPdf, cancel);
        }
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        bar.setPadding(new Insets(8, 16, 16, 16));
        return bar;
    }

    private void close(Action action) {
        if (pages == null) {
            return;
        }
        choice = new Choice(action, setup(), pages, action == Action.PRINT ? printer.getValue() : null);
        stage.close();
    }

    /** The setup the controls show. */
    PrintSetup setup() {
        PrintKind kind = kinds.getSelectedToggle() == null ? PrintKind.CANVAS
                : (PrintKind) kinds.getSelectedToggle().getUserData();
        Paper chosen = new Paper(paper.getValue(), landscape.isSelected(), margin.getValue() * Paper.POINTS_PER_MM);
        return new PrintSetup(kind, columns.getValue(), rows.getValue(), chosen);
    }

    /** Makes the pages again after any change, keeping the page shown when it still exists. */
    private void refresh() {
        PrintSetup setup = setup();
        try {
            pages = sources.pages(project, setup);
            problem.setText("");
            problem.setVisible(false);
        } catch (ExportException e) {
            pages = null;
            problem.setText(e.message(messages));
            problem.setVisible(true);
        }
        Paper chosen = setup.paper();
        sheetCaption.setText(messages.get("printing.preview.sheet",
                messages.get(chosen.landscape() ? "export.paper.landscape" : "export.paper.portrait",
                        chosen.size().label()),
                Math.round(chosen.width() / Paper.POINTS_PER_MM), Math.round(chosen.height() / Paper.POINTS_PER_MM)));
        int count = pages == null ? 0 : pages.count();
        pageCount.setText(messages.get("printing.pageCount", count));
        exportPdf.setDisable(pages == null);
        print.setDisable(pages == null || printer.getValue() == null);
        showPage(Math.min(index, Math.max(0, count - 1)));
    }

    private void showPage(int page) {
        int count = pages == null ? 0 : pages.count();
        index = Math.max(0, Math.min(page, Math.max(0, count - 1)));
        preview.show(pages, index);
        pageLabel.setText(count == 0 ? "" : messages.get("printing.preview.page", index + 1, count));
        previous.setDisable(index == 0);
        next.setDisable(index >= count - 1);
    }

    private void describe(Spinner<Integer> spinner, String key) {
        spinner.setTooltip(new Tooltip(messages.get(key)));
        spinner.setAccessibleText(messages.get(key));
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("print-heading");
        return label;
    }
}
