package org.xtoolscrm.web.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Download response headers")
class DownloadHeadersTest {

    @Test
    @DisplayName("Chinese name: ASCII fallback plus filename* in UTF-8")
    void chineseName() {
        assertEquals("attachment; filename=\"download.pdf\"; "
                        + "filename*=UTF-8''%E5%90%88%E5%90%8C%E6%89%AB%E6%8F%8F%E4%BB%B6.pdf",
                DownloadHeaders.contentDisposition("合同扫描件.pdf"));
    }

    @Test
    @DisplayName("ASCII name keeps its characters in both parameters")
    void asciiName() {
        assertEquals("attachment; filename=\"Quote-2026_v2.xlsx\"; filename*=UTF-8''Quote-2026_v2.xlsx",
                DownloadHeaders.contentDisposition("Quote-2026_v2.xlsx"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "报价单 v2.xlsx|_ v2.xlsx",
            "Angebot für Wang.pdf|Angebot f_r Wang.pdf",
            "say \"hi\".txt|say _hi_.txt",
            "back\\slash.txt|back_slash.txt",
            "100% done.txt|100_ done.txt",
            "合同|download",
            "合同.文档|download",
            "😀😀.png|download.png"})
    @DisplayName("ASCII fallback replaces what a quoted string cannot carry")
    void asciiFallback(String name, String expected) {
        assertEquals(expected, DownloadHeaders.asciiFallback(name));
    }

    @Test
    @DisplayName("filename* round-trips any name through percent-decoding")
    void rfc5987RoundTrip() {
        for (String name : new String[] {"合同 (final); v2.pdf", "a+b=c&d.txt", "emoji 😀.png", "'quoted'.doc",
                "tab\tand%percent.csv"}) {
            String encoded = DownloadHeaders.encodeRfc5987(name);
            assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]*"), encoded);
            assertFalse(encoded.contains("'"), encoded);
            assertFalse(encoded.contains(";"), encoded);
            // URLDecoder turns '+' into a space; RFC 5987 leaves '+' literal, so protect it first.
            assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("Percent-encoding uses upper-case hex digits")
    void upperCaseHex() {
        assertEquals("%E2%82%AC%20%2A", DownloadHeaders.encodeRfc5987("€ *"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "application/pdf|application/pdf",
            "image/png|image/png",
            "image/jpeg|image/jpeg",
            "text/plain|text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document|application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/html|application/octet-stream",
            "image/svg+xml|application/octet-stream",
            "application/xhtml+xml|application/octet-stream",
            "application/javascript|application/octet-stream",
            "application/octet-stream|application/octet-stream"})
    @DisplayName("Only known safe types are sent as declared")
    void contentType(String stored, String expected) {
        assertEquals(expected, DownloadHeaders.contentType(stored));
    }

    @Test
    @DisplayName("A missing type is sent as application/octet-stream")
    void missingContentType() {
        assertEquals("application/octet-stream", DownloadHeaders.contentType(null));
    }
}
