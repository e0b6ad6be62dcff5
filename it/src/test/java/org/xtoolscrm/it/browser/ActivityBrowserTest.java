package org.xtoolscrm.it.browser;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** A salesperson recording activities on the customer view's timeline, in English and Chinese, on a desktop and a phone. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Activities in the browser")
class ActivityBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static String prefix;
    private static String seller;
    private static long customer;
    private static long phoneCustomer;
    private static long contactCustomer;
    private static long buyer;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "ab" + Long.toString(System.currentTimeMillis(), 36);
        seller = prefix + "-s";
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long sellerId = Database.insertUser(connection, seller, "王小明", "SALES", boss, PASSWORD);
            customer = Database.insertCustomer(connection, prefix + "-c", prefix + " Harbour Trading", sellerId);
            phoneCustomer = Database.insertCustomer(connection, prefix + "-p", prefix + " 西湖茶业", sellerId);
            contactCustomer = Database.insertCustomer(connection, prefix + "-k", prefix + " Pearl River Foods",
                    sellerId);
            Database.insertContact(connection, contactCustomer, "黄蓉", "总经理", true);
            buyer = Database.insertContact(connection, contactCustomer, "Zhou Min", "Buyer", false);
            Database.insertContact(connection, customer, "Other customer's contact", null, true);
        }
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Activity with a next step offers the follow-up schedule")
    void activityOffersFollowUp() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        LocalDate nextWeek = CompanyCalendar.current().today().plusDays(7);

        ActivitiesTab tab = ActivitiesTab.open(driver, WebSession.BASE_URL, customer).openNewDialog()
                .chooseType("Visit")
                .fill("Visited the warehouse.\nMet the purchasing manager.", "Interested in two models",
                        "Send the quote & samples", nextWeek);
        Browser.screenshot(driver, "activity-dialog-en-desktop");
        tab.saveExpectingFollowUp();
        Browser.screenshot(driver, "activity-follow-up-en-desktop");

        String followUp = tab.followUpText();
        assertTrue(followUp.contains(nextWeek.toString()), followUp);
        assertTrue(followUp.contains("Send the quote & samples"), followUp);
        URI link = URI.create(tab.followUpHref());
        assertEquals("/crm/customer/view.xhtml", link.getPath());
        Map<String, String> parameters = parameters(link);
        assertEquals(String.valueOf(customer), parameters.get("id"));
        assertEquals("schedules", parameters.get("tab"));
        assertEquals(nextWeek.toString(), parameters.get("newSchedule"));
        assertEquals("Send the quote & samples", parameters.get("subject"));
        assertFalse(parameters.containsKey("contact"), "no contact on this activity: " + link);

        tab.declineFollowUp().awaitNewest("Visited the warehouse.");
        Browser.screenshot(driver, "activity-timeline-en-desktop");
        String newest = tab.entries().get(0);
        assertTrue(newest.contains("Visit"), newest);
        assertTrue(newest.contains("王小明"), newest);
        assertTrue(newest.contains("Interested in two models"), newest);
        assertTrue(newest.contains("Send the quote & samples"), newest);
        assertTrue(newest.contains(nextWeek.toString()), newest);

        tab.openNewDialog();
        String error = tab.saveExpectingFieldError();
        Browser.screenshot(driver, "activity-dialog-invalid-en-desktop");
        assertTrue(error.contains("Describe what happened"), error);
    }

    @Test
    @DisplayName("Picked contact shows on the timeline and the follow-up")
    void contactCarriedToFollowUp() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        LocalDate nextWeek = CompanyCalendar.current().today().plusDays(7);

        ActivitiesTab tab = ActivitiesTab.open(driver, WebSession.BASE_URL, contactCustomer).openNewDialog();
        assertEquals(List.of("No contact", "黄蓉 (总经理)", "Zhou Min (Buyer)"), tab.contactChoices(),
                "this customer's contacts only, main contacts first");
        tab.chooseType("Call")
                .chooseContact("Zhou Min (Buyer)")
                .fill("Called the buyer about the spring order.", null, "Visit with the samples", nextWeek);
        Browser.screenshot(driver, "activity-dialog-contact-en-desktop");
        assertTrue(tab.labelBesideField("content"), "the picker keeps the labels beside their fields");
        tab.saveExpectingFollowUp();

        Map<String, String> parameters = parameters(URI.create(tab.followUpHref()));
        assertEquals(String.valueOf(buyer), parameters.get("contact"), "the follow-up keeps the contact");
        tab.acceptFollowUp();
        ScheduleDialog schedule = new ScheduleDialog(driver, "tabs:schedule-form").awaitOpen();
        assertEquals("Zhou Min (Buyer)", schedule.contactLabel(), "the schedule dialog chooses the contact");
        Browser.screenshot(driver, "activity-follow-up-schedule-en-desktop");
        schedule.save();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(
                        By.cssSelector("[id='tabs:schedule-list:schedules'] .schedule-contact")).stream()
                .anyMatch(cell -> cell.getText().equals("Zhou Min")));

        ActivitiesTab timeline = ActivitiesTab.open(driver, WebSession.BASE_URL, contactCustomer)
                .awaitNewest("Called the buyer");
        Browser.screenshot(driver, "activity-timeline-contact-en-desktop");
        assertEquals("Zhou Min", timeline.newestContact());
        assertTrue(timeline.entries().get(0).contains("Contact"), timeline.entries().get(0));
    }

    @Test
    @DisplayName("Accepting the offer opens the schedules link")
    void acceptingOpensScheduleLink() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        LocalDate tomorrow = CompanyCalendar.current().today().plusDays(1);

        ActivitiesTab tab = ActivitiesTab.open(driver, WebSession.BASE_URL, customer).openNewDialog()
                .fill("Called, no answer", null, null, tomorrow)
                .saveExpectingFollowUp();
        String followUp = tab.followUpText();
        assertTrue(followUp.contains("Follow up with " + prefix + " Harbour Trading"), followUp);
        tab.acceptFollowUp();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("newSchedule="));
        Map<String, String> parameters = parameters(URI.create(driver.getCurrentUrl()));
        assertEquals("schedules", parameters.get("tab"));
        assertEquals(tomorrow.toString(), parameters.get("newSchedule"));
        assertEquals("Follow up with " + prefix + " Harbour Trading", parameters.get("subject"));
    }

    @Test
    @DisplayName("Chinese timeline on a phone")
    void chineseOnPhone() throws Exception {
        driver = Browser.start("zh-CN");
        driver.manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        LocalDate inThreeDays = CompanyCalendar.current().today().plusDays(3);

        ActivitiesTab tab = ActivitiesTab.open(driver, WebSession.BASE_URL, phoneCustomer).openNewDialog()
                .chooseType("电话")
                .fill("电话沟通报价，客户希望再降价 5%。", "同意内部申请", "发送修改后的报价单", inThreeDays);
        Browser.screenshot(driver, "activity-dialog-zh-phone");
        tab.saveExpectingFollowUp();
        Browser.screenshot(driver, "activity-follow-up-zh-phone");
        assertTrue(tab.followUpText().contains("创建日程"), tab.followUpText());
        assertEquals("发送修改后的报价单", parameters(URI.create(tab.followUpHref())).get("subject"));

        tab.declineFollowUp().awaitNewest("电话沟通报价");
        Browser.screenshot(driver, "activity-timeline-zh-phone");
        String newest = tab.entries().get(0);
        assertTrue(newest.contains("电话"), newest);
        assertTrue(newest.contains("下一步"), newest);

        driver.manage().window().setSize(new Dimension(1366, 900));
        ActivitiesTab.open(driver, WebSession.BASE_URL, phoneCustomer).awaitNewest("电话沟通报价");
        Browser.screenshot(driver, "activity-timeline-zh-desktop");
    }

    /** Decodes the query of a link as a servlet container does. */
    private static Map<String, String> parameters(URI link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
