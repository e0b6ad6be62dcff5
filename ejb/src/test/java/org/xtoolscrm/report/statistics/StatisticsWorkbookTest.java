package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.Rates;

class StatisticsWorkbookTest {

    private static final StatisticsLabels LABELS = new StatisticsLabels(Locale.ENGLISH, key -> switch (key) {
        case "report.statistics.report.PAYMENTS_BY_MONTH" -> "Payments received by month";
        case "report.statistics.column.month" -> "Month";
        case "report.statistics.count.PAYMENTS_BY_MONTH" -> "Payments";
        case "report.statistics.amount.PAYMENTS_BY_MONTH" -> "Received";
        case "report.statistics.total" -> "Total";
        default -> throw new IllegalArgumentException(key);
    });

    @Test
    @DisplayName("Workbook holds the title, notes, headings, rows and total")
    void writesTable() throws IOException {
        StatisticsQuery query = StatisticsQuery.of(StatisticsReport.PAYMENTS_BY_MONTH, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 29));
        Statistics statistics = StatisticsArithmetic.byMonth(query, YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                List.of(new MonthMoney(YearMonth.of(2024, 2), "CNY", 3, new BigDecimal("1234.50"))),
                new Rates("CNY", Map.of()), true);
        StatisticsTable table = StatisticsTable.of(statistics, LABELS, List.of("Period: 2024-01-01 to 2024-02-29"));

        byte[] bytes = StatisticsWorkbook.write(table);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Payments received by month", sheet.getSheetName());
            assertEquals("Payments received by month", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Period: 2024-01-01 to 2024-02-29", sheet.getRow(1).getCell(0).getStringCellValue());
            Row headings = sheet.getRow(3);
            assertEquals("Month", headings.getCell(0).getStringCellValue());
            assertEquals("Payments", headings.getCell(1).getStringCellValue());
            assertEquals("Received (CNY)", headings.getCell(2).getStringCellValue());
            assertEquals("2024-01", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(0.0, sheet.getRow(4).getCell(1).getNumericCellValue());
            assertEquals("2024-02", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(3.0, sheet.getRow(5).getCell(1).getNumericCellValue());
            assertEquals(1234.5, sheet.getRow(5).getCell(2).getNumericCellValue());
            assertEquals("#,##0.00", sheet.getRow(5).getCell(2).getCellStyle().getDataFormatString());
            assertEquals("Total", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(1234.5, sheet.getRow(6).getCell(2).getNumericCellValue());
            assertEquals(6, sheet.getLastRowNum());
        }
    }

    @Test
    @DisplayName("Chinese characters count double for the column width")
    void displayWidth() {
        assertEquals(4, StatisticsWorkbook.displayWidth("信息"));
        assertEquals(7, StatisticsWorkbook.displayWidth("IT 零售"));
    }
}
