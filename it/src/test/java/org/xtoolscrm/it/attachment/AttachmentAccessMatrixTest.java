package org.xtoolscrm.it.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.xtoolscrm.attachment.AttachmentOwnerType;
import org.xtoolscrm.attachment.AttachmentRow;
import org.xtoolscrm.attachment.AttachmentService;
import org.xtoolscrm.attachment.AttachmentSortField;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Who reaches the attachments of one customer, owned by salesA1 and shared with
 * salesDirect, through each way in: the list, an attachment and its download by id,
 * and uploading, describing and deleting by id. Every case works on a fresh customer
 * of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Attachment access matrix")
class AttachmentAccessMatrixTest {

    /** Whether each role sees the customer, and so reads and writes its attachments. */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", true);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AttachmentAccessMatrixTest.class);
    }

    @EJB
    private AttachmentService attachments;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("am" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List and count show the attachments to exactly the right roles")
    void list() throws Exception {
        long customerId = sharedCustomer();
        long attachmentId = upload("salesA1", customerId, "listed.txt").getId();

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                List<Long> ids = as(role, () -> attachments.findPage(AttachmentOwnerType.CUSTOMER, customerId,
                        AttachmentSortField.UPLOADED_AT, false, 0, 10)).stream().map(AttachmentRow::getId).toList();
                assertEquals(List.of(attachmentId), ids, "list as " + role);
                assertEquals(1L, count(role, customerId), "count as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.findPage(AttachmentOwnerType.CUSTOMER, customerId,
                                AttachmentSortField.UPLOADED_AT, false, 0, 10), "list as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> count(role, customerId),
                        "count as " + role));
            }
        }
    }

    @Test
    @DisplayName("An attachment, its download and its history by id open for exactly the right roles")
    void getAndDownloadById() throws Exception {
        long customerId = sharedCustomer();
        long attachmentId = upload("salesA1", customerId, "合同.pdf").getId();

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals("合同.pdf", as(role, () -> attachments.getVisible(attachmentId).getFileName()),
                        "get as " + role);
                assertEquals("合同.pdf", as(role, () -> attachments.download(attachmentId).fileName()),
                        "download as " + role);
                assertFalse(as(role, () -> attachments.history(attachmentId)).isEmpty(),
                        "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.getVisible(attachmentId), "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.download(attachmentId), "download as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.history(attachmentId), "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Uploading works for exactly the right roles")
    void uploadToCustomer() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            if (ACCESS.get(role)) {
                Attachment attachment = upload(role, customerId, role + ".txt");
                assertEquals(team.login(role), attachment.getUploadedBy().getLogin(), "uploader as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> upload(role, customerId, role + ".txt"), "upload as " + role));
            }
            assertEquals(ACCESS.get(role) ? 1L : 0L, count("salesA1", customerId), "files after upload as " + role);
        }
    }

    @Test
    @DisplayName("Changing a description by id works for exactly the right roles")
    void describeById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Attachment attachment = upload("salesA1", customerId, "described.txt");
            if (ACCESS.get(role)) {
                as(role, () -> attachments.updateDescription(attachment.getId(), attachment.getVersion(), role));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.updateDescription(attachment.getId(), attachment.getVersion(), role),
                        "describe as " + role));
            }
            String description = as("salesA1", () -> attachments.getVisible(attachment.getId()).getDescription());
            assertEquals(ACCESS.get(role) ? role : null, description, "description as " + role);
        }
    }

    @Test
    @DisplayName("Deleting by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Attachment attachment = upload("salesA1", customerId, "deleted.txt");
            if (ACCESS.get(role)) {
                as(role, () -> attachments.delete(attachment.getId(), attachment.getVersion()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> attachments.delete(attachment.getId(), attachment.getVersion()), "delete as " + role));
            }
            assertEquals(ACCESS.get(role) ? 0L : 1L, count("salesA1", customerId), "files after delete as " + role);
        }
    }

    /** Creates a customer of salesA1 shared with salesDirect by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-a" + number,
                String.format("Attachment matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesDirect)));
        return id;
    }

    private Attachment upload(String role, long customerId, String name) throws Exception {
        return as(role, () -> attachments.upload(AttachmentOwnerType.CUSTOMER, customerId, name, "text/plain", null,
                new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8))));
    }

    private long count(String role, long customerId) throws Exception {
        return as(role, () -> attachments.count(AttachmentOwnerType.CUSTOMER, customerId));
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
