package org.xtoolscrm.web.importing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.importing.CustomerImport;
import org.xtoolscrm.importing.ImportHistoryService;
import org.xtoolscrm.importing.ImportProblem;

/**
 * Sends the problem rows of one import as CSV: UTF-8 with a byte order mark, so
 * that Excel shows Chinese text correctly. Works for imports started from the CLI
 * as well. An import the caller may not see returns 404.
 */
@WebServlet("/import/problems.csv")
public class ProblemsCsvServlet extends HttpServlet {

    private static final int PAGE = 5_000;

    @EJB
    private ImportHistoryService history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CustomerImport record;
        try {
            record = history.getVisible(Long.parseLong(String.valueOf(request.getParameter("import"))));
        } catch (NumberFormatException | RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"import-" + record.getJobInstanceId() + "-problems.csv\"");

        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord("Row", "Problem", "Column", "Value", "Reason");
            int first = 0;
            List<ImportProblem> page;
            do {
                page = history.problems(record.getJobInstanceId(), first, PAGE);
                for (ImportProblem problem : page) {
                    csv.printRecord(problem.getFileRow(), problem.getKind(), safeCell(problem.getColumnName()),
                            safeCell(problem.getCellValue()), safeCell(problem.getReason()));
                }
                first += PAGE;
            } while (page.size() == PAGE);
        }
    }

    /**
     * Prefixes a value that a spreadsheet would run as a formula (starting with =, +,
     * -, @, tab or carriage return) with an apostrophe, since the values come from
     * uploaded files.
     */
    static String safeCell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
