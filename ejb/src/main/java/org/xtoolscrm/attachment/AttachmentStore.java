package org.xtoolscrm.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The files of attachments in one directory. Each file gets a generated storage name of
 * 32 hexadecimal digits and lies in a subdirectory named by its first two digits, so no
 * directory grows past a few thousand files and nothing the user typed becomes part of
 * a path.
 *
 * <p>An upload streams into a temporary file in the target's subdirectory while its size
 * and SHA-256 checksum are computed, and is renamed into place in one atomic step once
 * complete, so a reader never sees a partial file. A failed upload leaves nothing behind.
 */
public final class AttachmentStore {

    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path directory;

    public AttachmentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** A file stored by {@link #store}: its generated name, size in bytes and SHA-256 in lower-case hex. */
    public record StoredFile(String storageName, long sizeBytes, String sha256) {
    }

    /** Raised by {@link #store} when the content is longer than the limit; nothing was kept. */
    public static final class TooLargeException extends IOException {

        public TooLargeException(long maxBytes) {
            super("The content is longer than " + maxBytes + " bytes");
        }
    }

    /**
     * Stores the content under a new generated name.
     *
     * @param maxBytes the largest content accepted
     * @throws TooLargeException when the content is longer than {@code maxBytes}
     * @throws IOException       when the directory cannot be written or the content cannot be read
     */
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        String storageName = UUID.randomUUID().toString().replace("-", "");
        Path target = resolve(storageName);
        Files.createDirectories(target.getParent());

        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
        boolean moved = false;
        try {
            MessageDigest digest = sha256();
            long size = copy(content, temporary, digest, maxBytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return new StoredFile(storageName, size, HexFormat.of().formatHex(digest.digest()));
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Returns the path of a stored file, which may or may not exist.
     *
     * @throws IllegalArgumentException when the name is not a generated storage name
     */
    public Path resolve(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("Not a storage name: " + storageName);
        }
        return directory.resolve(storageName.substring(0, 2)).resolve(storageName);
    }

    /** Deletes a stored file; a file that is already gone is no error. */
    public void delete(String storageName) throws IOException {
        Files.deleteIfExists(resolve(storageName));
    }

    public Path directory() {
        return directory;
    }

    private static long copy(InputStream content, Path target, MessageDigest digest, long maxBytes)
            throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
