package org.xtoolscrm.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through the mail session {@code java:jboss/mail/Crm}, whose SMTP server the
 * IT admin sets in server-config. Nothing is sent unless {@link MailSettings} has mail on.
 * A failed send is logged and reported as {@code false}, never thrown, so the caller's
 * work goes on.
 *
 * <p>{@code @PermitAll} because its callers are batch jobs and timers, which run without an
 * application user; no page reaches it.
 */
@Stateless
@PermitAll
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @Resource(lookup = "java:jboss/mail/Crm")
    private Session session;

    /** Sends a plain-text message; returns whether the SMTP server accepted it. */
    public boolean send(List<String> to, String subject, String text) {
        return send(to, subject, text, null);
    }

    /**
     * Sends a message with a plain-text body and, when {@code html} is not null, an HTML
     * alternative of it. Returns whether the SMTP server accepted it: false when mail is off,
     * when no recipient is a valid address, or when sending failed.
     */
    public boolean send(List<String> to, String subject, String text, String html) {
        MailSettings settings = MailSettings.current();
        if (!settings.enabled()) {
            LOG.info(() -> "Mail is off (crm.mail.enabled): not sending '" + subject + "' to " + to);
            return false;
        }
        List<InternetAddress> recipients = recipients(to);
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Mail '" + subject + "' has no valid recipient in " + to + "; nothing sent");
            return false;
        }

        try {
            MimeMessage message = new MimeMessage(session);
            if (settings.from() != null) {
                message.setFrom(new InternetAddress(settings.from()));
            } else {
                message.setFrom();
            }
            message.setRecipients(Message.RecipientType.TO, recipients.toArray(InternetAddress[]::new));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (html == null) {
                message.setText(text, StandardCharsets.UTF_8.name());
            } else {
                message.setContent(alternatives(text, html));
            }
            Transport.send(message);
            LOG.info(() -> "Mail '" + subject + "' sent to " + recipients);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail '" + subject + "' to " + recipients + " could not be sent", e);
            return false;
        }
    }

    private static Multipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        // The last alternative is the preferred one.
        return new MimeMultipart("alternative", plain, rich);
    }

    private static List<InternetAddress> recipients(List<String> to) {
        List<InternetAddress> addresses = new ArrayList<>();
        if (to == null) {
            return addresses;
        }
        for (String address : to) {
            if (!MailSettings.isAddress(address)) {
                LOG.warning(() -> "Mail recipient '" + address + "' is not an e-mail address; left out");
                continue;
            }
            try {
                addresses.add(new InternetAddress(address, true));
            } catch (AddressException e) {
                LOG.warning(() -> "Mail recipient '" + address + "' is invalid (" + e.getMessage() + "); left out");
            }
        }
        return addresses;
    }
}
