package org.xtoolscrm.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Attachment file store")
class AttachmentStoreTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("Stores content under a generated name with its size and SHA-256")
    void storesWithChecksum() throws IOException {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);

        AttachmentStore.StoredFile stored = new AttachmentStore(directory).store(new ByteArrayInputStream(content), 10);

        assertTrue(stored.storageName().matches("[0-9a-f]{32}"), stored.storageName());
        assertEquals(3, stored.sizeBytes());
        // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stored.sha256());
        Path file = directory.resolve(stored.storageName().substring(0, 2)).resolve(stored.storageName());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    @Test
    @DisplayName("Two uploads of the same content get different names")
    void namesAreUnique() throws IOException {
        AttachmentStore store = new AttachmentStore(directory);

        String first = store.store(new ByteArrayInputStream(new byte[] {1}), 10).storageName();
        String second = store.store(new ByteArrayInputStream(new byte[] {1}), 10).storageName();

        assertNotEquals(first, second);
    }

    @Test
    @DisplayName("Content at the limit is stored, one byte more leaves nothing behind")
    void sizeLimit() throws IOException {
        AttachmentStore store = new AttachmentStore(directory);

        assertEquals(1000, store.store(new ByteArrayInputStream(new byte[1000]), 1000).sizeBytes());
        List<Path> before = files();
        assertThrows(AttachmentStore.TooLargeException.class,
                () -> store.store(new ByteArrayInputStream(new byte[1001]), 1000));

        assertEquals(before, files());
    }

    @Test
    @DisplayName("A failing stream leaves no temporary file")
    void failedReadCleansUp() throws IOException {
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 100) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };

        assertThrows(IOException.class, () -> new AttachmentStore(directory).store(broken, 1000));

        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("Only generated storage names resolve, inside the directory")
    void resolveRejectsOtherNames() {
        AttachmentStore store = new AttachmentStore(directory);

        for (String name : new String[] {"../../etc/passwd", "0123456789abcdef0123456789abcdef/..", "..", "",
                "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcde"}) {
            assertThrows(IllegalArgumentException.class, () -> store.resolve(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> store.resolve(null));
        Path resolved = store.resolve("0123456789abcdef0123456789abcdef");
        assertTrue(resolved.startsWith(directory.toAbsolutePath().normalize()), resolved.toString());
    }

    @Test
    @DisplayName("Deleting a stored file twice is no error")
    void deleteIsIdempotent() throws IOException {
        AttachmentStore store = new AttachmentStore(directory);
        String name = store.store(new ByteArrayInputStream(new byte[] {7}), 10).storageName();

        store.delete(name);
        store.delete(name);

        assertFalse(Files.exists(store.resolve(name)));
    }

    /** Returns every regular file under the directory, temporary files included. */
    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
