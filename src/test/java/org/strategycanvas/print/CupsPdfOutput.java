package org.strategycanvas.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where cups-pdf writes the PDFs it prints: its {@code Out} folder ({@code ${HOME}/PDF} unless
 * {@code /etc/cups/cups-pdf.conf} says otherwise, with {@code ${HOME}} and {@code ${USER}} those of the
 * job's owner), and its folder for jobs from users it does not know ({@code AnonDirName}).
 */
final class CupsPdfOutput {

    static final Path CONFIG = Path.of("/etc/cups/cups-pdf.conf");

    private CupsPdfOutput() {
    }

    /** The folders where this user's print jobs may land, the likeliest first. */
    static List<Path> folders() {
        String home = System.getProperty("user.home");
        String user = System.getProperty("user.name");
        String out = "${HOME}/PDF";
        String anonymous = "/var/spool/cups-pdf/ANONYMOUS";
        for (String line : configLines()) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length == 2 && parts[0].equals("Out")) {
                out = parts[1];
            } else if (parts.length == 2 && parts[0].equals("AnonDirName")) {
                anonymous = parts[1];
            }
        }
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(Path.of(out.replace("${HOME}", home).replace("${USER}", user)));
        folders.add(Path.of(anonymous));
        return new ArrayList<>(folders);
    }

    private static List<String> configLines() {
        try {
            return Files.isReadable(CONFIG) ? Files.readAllLines(CONFIG, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
