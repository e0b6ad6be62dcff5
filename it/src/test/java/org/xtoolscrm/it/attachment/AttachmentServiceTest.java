package org.xtoolscrm.it.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.attachment.Attachment;
import org.xtoolscrm.attachment.AttachmentDownload;
import org.xtoolscrm.attachment.AttachmentError;
import org.xtoolscrm.attachment.AttachmentOwnerType;
import org.xtoolscrm.attachment.AttachmentRow;
import org.xtoolscrm.attachment.AttachmentService;
import org.xtoolscrm.attachment.AttachmentSettings;
import org.xtoolscrm.attachment.AttachmentSortField;
import org.xtoolscrm.attachment.InvalidAttachmentException;
import org.xtoolscrm.attachment.StaleAttachmentException;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Uploads, downloads and deletions of attachments in the container, against the test
 * server's attachment directory, which is the default one under its data directory.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Attachments on a customer")
class AttachmentServiceTest {

    private static final long MB = 1024L * 1024L;

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AttachmentServiceTest.class);
    }

    @EJB
    private AttachmentService attachments;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("at" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("The test server uses the default directory and size limit")
    void defaultSettings() throws Exception {
        Path dataDirectory = Path.of(System.getProperty("jboss.server.data.dir"));

        assertEquals(dataDirectory.resolve("crm-attachments").toAbsolutePath().normalize(), directory());
        assertEquals(20 * MB, (long) as("salesA1", () -> attachments.maxSizeBytes()));
        assertEquals(20, (int) as("salesA1", () -> attachments.maxSizeMb()));
    }

    @Test
    @DisplayName("Upload stores the file under a generated name with its size and SHA-256")
    void uploadStoresFile() throws Exception {
        long customerId = freshCustomer("upload");
        byte[] content = "第一季度报价：¥120,000\n".getBytes(StandardCharsets.UTF_8);

        Attachment attachment = upload("salesA1", customerId, "报价单 2026.txt", "TEXT/PLAIN; charset=UTF-8",
                "  Signed quote \n", content);

        assertEquals("报价单 2026.txt", attachment.getFileName());
        assertEquals("text/plain", attachment.getContentType());
        assertEquals(content.length, attachment.getSizeBytes());
        assertEquals(sha256(content), attachment.getSha256());
        assertEquals("Signed quote", attachment.getDescription());
        assertEquals(team.login("salesA1"), attachment.getUploadedBy().getLogin());
        assertEquals(AttachmentOwnerType.CUSTOMER, attachment.getOwnerType());
        assertEquals(customerId, attachment.getOwnerId());
        assertEquals(customerId, attachment.getCustomer().getId());
        assertTrue(attachment.getStorageName().matches("[0-9a-f]{32}"), attachment.getStorageName());
        Path stored = storedFile(attachment);
        assertArrayEquals(content, Files.readAllBytes(stored));
        assertEquals(attachment.getSha256(), sha256(Files.readAllBytes(stored)), "checksum of the stored file");
        List<ChangeEntry> history = as("salesA1", () -> attachments.history(attachment.getId()));
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE));
        assertTrue(history.stream().anyMatch(entry -> "sha256".equals(entry.getFieldName())
                && attachment.getSha256().equals(entry.getNewValue())));
    }

    @Test
    @DisplayName("Download returns the stored file, its name, type and size")
    void downloadReturnsFile() throws Exception {
        long customerId = freshCustomer("download");
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Attachment attachment = upload("salesA1", customerId, "现场照片.png", "image/png", null, content);

        AttachmentDownload own = as("salesA1", () -> attachments.download(attachment.getId()));

        as("salesB1", () -> assertThrows(RecordNotFoundException.class, () -> attachments.download(attachment.getId())));
        assertEquals("现场照片.png", own.fileName());
        assertEquals("image/png", own.contentType());
        assertEquals(content.length, own.sizeBytes());
        assertArrayEquals(content, Files.readAllBytes(own.file()));
    }

    @Test
    @DisplayName("Path components, drive letters and control characters never reach the name or the disk")
    void pathTraversalNames() throws Exception {
        long customerId = freshCustomer("traversal");
        Path outside = directory().resolve("../../etc/passwd").normalize();
        String[][] cases = {
                {"../../etc/passwd", "passwd"},
                {"..\\..\\..\\windows\\win.ini", "win.ini"},
                {"C:\\x\\y.txt", "y.txt"},
                {"/var/lib/crm/evil.sh", "evil.sh"},
                {"ctrl\u0000\u001b[31m\nname.txt", "ctrl[31m name.txt"},
                {"..", "file"},
                {"invoice\u202Efdp.exe", "invoicefdp.exe"}};

        for (String[] testCase : cases) {
            Attachment attachment = upload("salesA1", customerId, testCase[0], null, null,
                    testCase[0].getBytes(StandardCharsets.UTF_8));
            Path stored = storedFile(attachment);

            assertEquals(testCase[1], attachment.getFileName(), testCase[0]);
            assertEquals(directory(), stored.getParent().getParent(), "stored inside the directory: " + testCase[0]);
            assertEquals(attachment.getStorageName(), stored.getFileName().toString());
            assertTrue(Files.isRegularFile(stored), testCase[0]);
        }
        assertFalse(Files.exists(outside), "nothing written at " + outside);
        assertEquals("application/octet-stream", upload("salesA1", customerId, "x.bin", "text/html\r\nX-Bad: 1",
                null, new byte[] {1}).getContentType());
    }

    @Test
    @DisplayName("A file of exactly 20 MB is stored, one byte more is rejected and leaves nothing behind")
    void sizeLimit() throws Exception {
        long customerId = freshCustomer("size");
        long limit = 20 * MB;

        Attachment atLimit = as("salesA1", () -> attachments.upload(AttachmentOwnerType.CUSTOMER, customerId,
                "exactly-20mb.bin", null, null, new PatternStream(limit)));
        List<Path> before = filesInDirectory();
        InvalidAttachmentException tooLarge = as("salesA1", () -> assertThrows(InvalidAttachmentException.class,
                () -> attachments.upload(AttachmentOwnerType.CUSTOMER, customerId, "合同扫描件（全）.pdf", null, null,
                        new PatternStream(limit + 1))));

        assertEquals(limit, atLimit.getSizeBytes());
        assertEquals(limit, Files.size(storedFile(atLimit)));
        assertEquals(sha256(new PatternStream(limit)), atLimit.getSha256());
        assertEquals(AttachmentError.FILE_TOO_LARGE, tooLarge.getError());
        assertArrayEquals(new Object[] {"合同扫描件（全）.pdf", 20}, tooLarge.getArguments());
        assertEquals(before, filesInDirectory(), "no stored or temporary file is left");
        assertEquals(1L, (long) as("salesA1", () -> attachments.count(AttachmentOwnerType.CUSTOMER, customerId)));
    }

    @Test
    @DisplayName("An empty file is rejected and its stored copy removed when the transaction rolls back")
    void emptyFileIsRejected() throws Exception {
        long customerId = freshCustomer("empty");
        List<Path> before = filesInDirectory();

        InvalidAttachmentException empty = as("salesA1", () -> assertThrows(InvalidAttachmentException.class,
                () -> upload("salesA1", customerId, "empty.txt", null, null, new byte[0])));

        assertEquals(AttachmentError.FILE_EMPTY, empty.getError());
        assertEquals(before, filesInDirectory());
        assertEquals(0L, (long) as("salesA1", () -> attachments.count(AttachmentOwnerType.CUSTOMER, customerId)));
    }

    @Test
    @DisplayName("The list pages and sorts in the database, newest first by default")
    void listSortsAndPages() throws Exception {
        long customerId = freshCustomer("list");
        long small = upload("salesA1", customerId, "b-small.txt", null, null, new byte[10]).getId();
        long large = upload("salesA1", customerId, "c-large.txt", null, null, new byte[3000]).getId();
        long middle = upload("salesA1", customerId, "a-middle.txt", null, null, new byte[200]).getId();

        assertEquals(List.of(middle, large, small), ids(customerId, AttachmentSortField.UPLOADED_AT, false, 0, 10));
        assertEquals(List.of(middle, small, large), ids(customerId, AttachmentSortField.FILE_NAME, true, 0, 10));
        assertEquals(List.of(large, middle, small), ids(customerId, AttachmentSortField.SIZE, false, 0, 10));
        assertEquals(List.of(large), ids(customerId, AttachmentSortField.UPLOADED_AT, false, 1, 1));
        AttachmentRow row = as("salesA1", () -> attachments.findPage(AttachmentOwnerType.CUSTOMER, customerId,
                AttachmentSortField.SIZE, true, 0, 1)).get(0);
        assertEquals("b-small.txt", row.getFileName());
        assertEquals(10, row.getSizeBytes());
        assertEquals(team.users.get("salesA1").getDisplayName(), row.getUploaderName());
    }

    @Test
    @DisplayName("The description changes with a stale check and a length limit")
    void describe() throws Exception {
        long customerId = freshCustomer("describe");
        Attachment attachment = upload("salesA1", customerId, "plan.docx", null, "first", new byte[] {1, 2});

        Attachment changed = as("managerA", () -> attachments.updateDescription(attachment.getId(),
                attachment.getVersion(), "项目计划（第二版）"));
        as("salesA1", () -> assertThrows(StaleAttachmentException.class,
                () -> attachments.updateDescription(attachment.getId(), attachment.getVersion(), "mine")));
        InvalidAttachmentException tooLong = as("salesA1", () -> assertThrows(InvalidAttachmentException.class,
                () -> attachments.updateDescription(attachment.getId(), changed.getVersion(),
                        "x".repeat(Attachment.DESCRIPTION_MAX + 1))));
        Attachment cleared = as("salesA1", () -> attachments.updateDescription(attachment.getId(),
                changed.getVersion(), "   "));

        assertEquals("项目计划（第二版）", changed.getDescription());
        assertEquals(AttachmentError.DESCRIPTION_TOO_LONG, tooLong.getError());
        assertNull(cleared.getDescription());
        ChangeEntry update = as("salesA1", () -> attachments.history(attachment.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE).reduce((newer, older) -> older)
                .orElseThrow();
        assertEquals("first", update.getOldValue());
        assertEquals("项目计划（第二版）", update.getNewValue());
        assertEquals(team.login("managerA"), update.getChangedBy());
    }

    @Test
    @DisplayName("Deleting moves the attachment to the bin and keeps its file until a restore")
    void deleteKeepsFile() throws Exception {
        long customerId = freshCustomer("delete");
        Attachment attachment = upload("salesA1", customerId, "旧合同.pdf", "application/pdf", null, new byte[] {9});
        Path stored = storedFile(attachment);

        as("salesA1", () -> assertThrows(StaleAttachmentException.class,
                () -> attachments.delete(attachment.getId(), attachment.getVersion() + 1)));
        as("salesA1", () -> attachments.delete(attachment.getId(), attachment.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> attachments.getVisible(attachment.getId())));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> attachments.download(attachment.getId())));
        assertEquals(0L, (long) as("salesA1", () -> attachments.count(AttachmentOwnerType.CUSTOMER, customerId)));
        assertTrue(Files.exists(stored), "the file stays while the record is in the bin");
        DeletedRecord entry = binEntry(BinRecordType.ATTACHMENT, attachment.getId());
        assertEquals("旧合同.pdf", entry.getLabel());
        assertEquals(customerId, entry.getCustomerId());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(stored, as("salesA1", () -> attachments.download(attachment.getId()).file()));
    }

    @Test
    @DisplayName("Attachments go to the bin with their customer and come back with it")
    void goneWithCustomer() throws Exception {
        long customerId = freshCustomer("with-customer");
        Attachment attachment = upload("salesA1", customerId, "随客户删除.xlsx", null, null, new byte[] {5, 6, 7});

        int version = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(customerId, version));

        for (String role : List.of("salesA1", "managerA", "boss")) {
            as(role, () -> assertThrows(RecordNotFoundException.class,
                    () -> attachments.getVisible(attachment.getId()), role));
            as(role, () -> assertThrows(RecordNotFoundException.class,
                    () -> attachments.download(attachment.getId()), role));
            as(role, () -> assertThrows(RecordNotFoundException.class,
                    () -> attachments.count(AttachmentOwnerType.CUSTOMER, customerId), role));
        }
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> upload("salesA1", customerId, "late.txt", null, null, new byte[] {1})));
        assertTrue(Files.exists(storedFile(attachment)));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, customerId).getId();
        as("boss", () -> bin.restore(customerEntry));

        AttachmentDownload download = as("salesA1", () -> attachments.download(attachment.getId()));
        assertEquals("随客户删除.xlsx", download.fileName());
        assertArrayEquals(new byte[] {5, 6, 7}, Files.readAllBytes(download.file()));
    }

    @Test
    @DisplayName("A record whose stored file is missing downloads as not found")
    void missingFileIsNotFound() throws Exception {
        long customerId = freshCustomer("missing");
        Attachment attachment = upload("salesA1", customerId, "lost.txt", null, null, new byte[] {1});
        Files.delete(storedFile(attachment));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> attachments.download(attachment.getId())));
        assertEquals(attachment.getId(), as("salesA1", () -> attachments.getVisible(attachment.getId()).getId()));
    }

    private Attachment upload(String role, long customerId, String name, String type, String description,
                              byte[] content) throws Exception {
        return as(role, () -> attachments.upload(AttachmentOwnerType.CUSTOMER, customerId, name, type, description,
                new ByteArrayInputStream(content)));
    }

    private List<Long> ids(long customerId, AttachmentSortField sort, boolean ascending, int first, int size)
            throws Exception {
        return as("salesA1", () -> attachments.findPage(AttachmentOwnerType.CUSTOMER, customerId, sort, ascending,
                first, size)).stream().map(AttachmentRow::getId).toList();
    }

    private long freshCustomer(String name) throws Exception {
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-" + name, "附件客户 " + team.prefix + " " + name);
    }

    private static Path directory() {
        return AttachmentSettings.current().directory();
    }

    private static Path storedFile(Attachment attachment) {
        String name = attachment.getStorageName();
        return directory().resolve(name.substring(0, 2)).resolve(name);
    }

    /** Returns every regular file under the attachment directory, temporary files included. */
    private static List<Path> filesInDirectory() throws IOException {
        if (!Files.exists(directory())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, RecycleBinService.MAX_PAGE_SIZE)).stream()
                .filter(entry -> entry.getRecordType() == type && entry.getRecordId() == recordId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bin entry for " + type + " " + recordId));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String sha256(InputStream content) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }

    /** A stream of the given length whose bytes follow a fixed pattern, generated as it is read. */
    private static final class PatternStream extends InputStream {

        private final long length;
        private long position;

        PatternStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? (int) (position++ % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((position + i) % 251);
            }
            position += n;
            return n;
        }
    }
}
