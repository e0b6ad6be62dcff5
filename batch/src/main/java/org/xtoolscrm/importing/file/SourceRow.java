package org.xtoolscrm.importing.file;

import java.util.List;

/**
 * One data row of an import file, with its values exactly as the file contains them.
 *
 * @param rowNumber the row as a spreadsheet numbers it: the header is row 1, so the first data
 *     row is 2. Blank rows count, and a quoted value that spans several lines is still one row.
 * @param values the row's values in column order, neither trimmed nor otherwise changed
 */
public record SourceRow(long rowNumber, List<String> values) {

    public SourceRow {
        values = List.copyOf(values);
    }
}
