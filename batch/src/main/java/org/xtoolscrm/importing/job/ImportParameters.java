package org.xtoolscrm.importing.job;

import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The parameters of one customer import, read from the job-level properties that
 * customer-import.xml fills from the job parameters.
 */
record ImportParameters(String file, String owner, String fileName, String startedBy,
                        boolean deleteFileWhenDone) {

    static final String FILE = "file";
    static final String OWNER = "owner";
    static final String FILE_NAME = "fileName";
    static final String STARTED_BY = "startedBy";
    static final String DELETE_FILE_WHEN_DONE = "deleteFileWhenDone";

    static ImportParameters of(JobContext job) {
        Properties properties = job.getProperties();
        String file = blankToNull(properties.getProperty(FILE));
        String fileName = blankToNull(properties.getProperty(FILE_NAME));
        if (fileName == null && file != null) {
            fileName = Path.of(file).getFileName().toString();
        }
        return new ImportParameters(
                file,
                blankToNull(properties.getProperty(OWNER)),
                fileName,
                properties.getProperty(STARTED_BY, "cli"),
                Boolean.parseBoolean(properties.getProperty(DELETE_FILE_WHEN_DONE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
