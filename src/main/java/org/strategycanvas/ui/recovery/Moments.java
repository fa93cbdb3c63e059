package org.strategycanvas.ui.recovery;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.strategycanvas.i18n.Messages;

/** Moments and file sizes as the interface's language says them: "mardi 12 mars 2026 à 14:32", "12,4 Ko". */
final class Moments {

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeToTheSecond;

    Moments(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
        this.timeToTheSecond = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    Moments(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    /** The day, then the time to the second, to tell apart saves a minute apart: "mardi 12 mars 2026 à 14:32:05". */
    String dayAndTime(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        return messages.get("recovery.moment", day.format(local), timeToTheSecond.format(local));
    }

    /** The day written out in full: "Tuesday, March 12, 2026". */
    String day(Instant moment) {
        return day.format(moment.atZone(zone));
    }

    /** The time of day: "2:32 PM", "14:32". */
    String time(Instant moment) {
        return time.format(moment.atZone(zone));
    }

    /** "850 bytes", "12.4 KB", "1.2 MB". */
    String size(long bytes) {
        if (bytes < 1024) {
            return messages.get("recovery.size.bytes", bytes);
        }
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return messages.get("recovery.size.kilobytes", oneDecimal.format(bytes / 1024.0));
        }
        return messages.get("recovery.size.megabytes", oneDecimal.format(bytes / (1024.0 * 1024.0)));
    }
}
