package org.xtoolscrm.web.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xtoolscrm.importing.job.ImportStatus;

@DisplayName("Import state shown on the page")
class ImportStateTest {

    @ParameterizedTest
    @CsvSource({
        "STARTING, COMPLETED, RUNNING",
        "STARTED, COMPLETED, RUNNING",
        "STOPPING, COMPLETED, RUNNING",
        "COMPLETED, COMPLETED, COMPLETED",
        "COMPLETED, INVALID, FAILED",
        "FAILED, FAILED, FAILED",
        "FAILED, INVALID, FAILED",
        "STOPPED, STOPPED, STOPPED",
        "ABANDONED, ABANDONED, ABANDONED"})
    @DisplayName("Batch and exit status map to the shown state")
    void mapsStatus(BatchStatus batch, String exit, ImportState expected) {
        assertEquals(expected, ImportState.of(new ImportStatus(1, 1L, batch, exit, null, null)));
    }

    @Test
    @DisplayName("An import without execution yet is waiting")
    void noExecutionIsWaiting() {
        assertEquals(ImportState.WAITING, ImportState.of(new ImportStatus(1, null, null, null, null, null)));
    }
}
