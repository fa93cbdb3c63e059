package org.strategycanvas.ui.print;

import java.util.List;
import java.util.Optional;
import javafx.print.Printer;

/** The printers the print dialog offers; tests give a fixed list, the app the system's. */
public interface Printers {

    /** The installed printers; empty when there is none. */
    List<Printer> all();

    /** The printer to offer first: the system's default when there is one. */
    Optional<Printer> preferred();

    /** The printers installed on this computer (through CUPS on Linux). */
    static Printers system() {
        return new Printers() {
            @Override
            public List<Printer> all() {
                return Printer.getAllPrinters().stream()
                        .sorted(java.util.Comparator.comparing(Printer::getName, String.CASE_INSENSITIVE_ORDER))
                        .toList();
            }

            @Override
            public Optional<Printer> preferred() {
                return Optional.ofNullable(Printer.getDefaultPrinter());
            }
        };
    }

    /** No printer at all, as on a computer where none is installed. */
    static Printers none() {
        return new Printers() {
            @Override
            public List<Printer> all() {
                return List.of();
            }

            @Override
            public Optional<Printer> preferred() {
                return Optional.empty();
            }
        };
    }
}
