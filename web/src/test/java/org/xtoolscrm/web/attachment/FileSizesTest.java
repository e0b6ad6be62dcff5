package org.xtoolscrm.web.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("File sizes for people")
class FileSizesTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0 B",
            "845|845 B",
            "1023|1023 B",
            "1024|1.0 KB",
            "1536|1.5 KB",
            "1048575|1.0 MB",
            "20971520|20.0 MB",
            "1073741824|1.0 GB",
            "5497558138880|5120.0 GB"})
    void formats(long bytes, String expected) {
        assertEquals(expected, FileSizes.format(bytes));
    }
}
