package org.strategycanvas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the plan is and whose it is. {@code language} is an ISO 639-1 code ("fr", "en"), {@code currency}
 * an ISO 4217 code ("EUR").
 */
public record ProjectInfo(String title, String organisation, String author, String language, String currency,
                          LocalDate planStart) {

    public ProjectInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(planStart, "planStart");
    }

    public ProjectInfo withTitle(String newTitle) {
        return new ProjectInfo(newTitle, organisation, author, language, currency, planStart);
    }
}
