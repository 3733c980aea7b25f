package org.narrativelens.corpus;

import java.time.LocalDate;

/**
 * What a document's own text says about it.
 *
 * @param published the publication date, or null when the text gives none or gives no year
 * @param dateText  the date as written ("8 Jun, 2023 12:05", "June 19"), or null
 * @param outlet    the outlet the text names ("TASS" from "/TASS/"; never an image credit), or null
 */
public record TextMetadata(LocalDate published, String dateText, String outlet) {

    public static final TextMetadata NONE = new TextMetadata(null, null, null);
}
