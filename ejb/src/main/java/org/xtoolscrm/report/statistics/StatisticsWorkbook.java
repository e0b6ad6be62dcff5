package org.xtoolscrm.report.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xtoolscrm.report.statistics.StatisticsColumn.Kind;

/**
 * Writes a statistics table as an Excel workbook (.xlsx) of one sheet: the title, the notes
 * that describe the query, a blank row, the headings, the rows and the total row. Counts,
 * amounts and shares are numeric cells, so they sum and chart in Excel.
 *
 * <p>NOTE: Excel keeps numbers as doubles, so an amount beyond about 15 significant digits
 * loses its last digits in the sheet, as it would when typed into Excel.
 */
public final class StatisticsWorkbook {

    /** The content type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;

    private StatisticsWorkbook() {
    }

    /** Returns the row index of the headings when the table has the given number of notes. */
    static int headingRow(int notes) {
        return notes + 2;
    }

    /** Returns the workbook's bytes. */
    public static byte[] write(StatisticsTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(styles.title);
            for (int i = 0; i < table.notes().size(); i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(table.notes().get(i));
            }

            int rowIndex = headingRow(table.notes().size());
            Row headings = sheet.createRow(rowIndex);
            List<StatisticsColumn> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = headings.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(styles.heading);
            }
            for (StatisticsTableRow row : table.rows()) {
                writeRow(sheet.createRow(++rowIndex), row, columns, styles, false);
            }
            writeRow(sheet.createRow(++rowIndex), table.total(), columns, styles, true);

            sheet.createFreezePane(0, headingRow(table.notes().size()) + 1);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, 256 * width(table, i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the statistics workbook failed", e);
        }
    }

    private static void writeRow(Row sheetRow, StatisticsTableRow row, List<StatisticsColumn> columns, Styles styles,
                                 boolean total) {
        Cell label = sheetRow.createCell(0);
        label.setCellValue(row.label());
        label.setCellStyle(total ? styles.totalLabel : styles.label);
        for (int i = 0; i < row.values().size(); i++) {
            Kind kind = columns.get(i + 1).kind();
            Cell cell = sheetRow.createCell(i + 1);
            Number value = row.values().get(i);
            if (value != null) {
                cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : value.longValue());
            }
            cell.setCellStyle(styles.number(kind, total));
        }
    }

    /** Returns a column's width in characters, counting a CJK character as two. */
    private static int width(StatisticsTable table, int column) {
        int width = displayWidth(table.columns().get(column).heading());
        for (StatisticsTableRow row : table.rows()) {
            width = Math.max(width, column == 0 ? displayWidth(row.label())
                    : displayWidth(String.valueOf(row.values().get(column - 1))) + 4);
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
    }

    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(point) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1)
                .sum();
    }

    /** The cell styles of one workbook; POI styles belong to the workbook that created them. */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final CellStyle title;
        private final CellStyle heading;
        private final CellStyle label;
        private final CellStyle totalLabel;
        private final Font bold;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);

            title = workbook.createCellStyle();
            title.setFont(large);
            heading = bordered();
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setWrapText(true);
            label = bordered();
            totalLabel = bordered();
            totalLabel.setFont(bold);
        }

        CellStyle number(Kind kind, boolean total) {
            return numbers.computeIfAbsent(kind + "/" + total, key -> createNumber(kind, total));
        }

        private CellStyle createNumber(Kind kind, boolean total) {
            String format = switch (kind) {
                case AMOUNT -> "#,##0.00";
                case PERCENT -> "0.0";
                default -> "#,##0";
            };
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (total) {
                style.setFont(bold);
            }
            return style;
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
