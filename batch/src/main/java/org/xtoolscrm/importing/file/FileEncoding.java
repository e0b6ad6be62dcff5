package org.xtoolscrm.importing.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The character encoding of an import file and the length of its byte order mark.
 *
 * <p>Spreadsheet programs save CSV either as UTF-8, often with a byte order mark, or in the
 * system's legacy code page, which on Chinese systems is GBK. GB18030 is read in place of GBK
 * because it decodes every GBK file to the same text and also covers the rest of Unicode.
 */
record FileEncoding(Charset charset, int byteOrderMarkLength) {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Detects the encoding of a file. A UTF-8 byte order mark selects UTF-8. Otherwise the file
     * is UTF-8 if all of it decodes as strict UTF-8, and else GB18030 if all of it decodes as
     * strict GB18030. Each check streams the file, so its size does not matter for memory.
     *
     * @throws InvalidImportFileException if the file is in neither encoding
     */
    static FileEncoding detect(Path file) throws IOException, InvalidImportFileException {
        if (startsWithUtf8ByteOrderMark(file)) {
            FileEncoding encoding = new FileEncoding(StandardCharsets.UTF_8, UTF_8_BOM.length);
            if (!encoding.decodesWithoutErrors(file)) {
                throw new InvalidImportFileException("The file starts with a UTF-8 byte order mark"
                        + " but contains bytes that are not valid UTF-8."
                        + " Save it again as \"CSV UTF-8\" and import it again.");
            }
            return encoding;
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            FileEncoding encoding = new FileEncoding(charset, 0);
            if (encoding.decodesWithoutErrors(file)) {
                return encoding;
            }
        }
        throw new InvalidImportFileException("The file is neither UTF-8 nor GBK (GB18030) text."
                + " Save it as \"CSV UTF-8\" and import it again.");
    }

    /**
     * Opens the file as text, after its byte order mark. The reader reports bytes that are not
     * valid in the charset with a {@link CharacterCodingException} in place of replacing them.
     */
    Reader openReader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(byteOrderMarkLength);
            return new BufferedReader(new InputStreamReader(in, strictDecoder()));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private boolean decodesWithoutErrors(Path file) throws IOException {
        char[] buffer = new char[8192];
        try (Reader reader = openReader(file)) {
            while (reader.read(buffer) != -1) {
                // Reading is the check: the strict decoder throws at the first invalid byte.
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private CharsetDecoder strictDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWithUtf8ByteOrderMark(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(UTF_8_BOM.length), UTF_8_BOM);
        }
    }
}
