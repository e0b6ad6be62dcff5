package org.xtoolscrm.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.contract.ContractError;
import org.xtoolscrm.contract.DeliveryStatus;

@DisplayName("Texts of the contract line, invoice and delivery tabs")
class ContractTabBundleTest {

    private static final List<String> PAGES = List.of("lines", "invoices", "deliveries");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
    /** A bundle key in a Java string literal of the tab beans, such as "invoice.message.saved". */
    private static final Pattern BEAN_KEY =
            Pattern.compile("\"((?:contractLine|invoice|delivery|contractTab)\\.[A-Za-z.]+)\"");
    private static final Pattern MY_KEYS = Pattern.compile("(contractLine|invoice|delivery|contractTab)\\..*|"
            + "DeliveryStatus\\..*|ContractError\\.(LINE_|LINES_|INVOICE_|DELIVERY_).*");
    /** The first error of the line items; every error from it on belongs to these tabs. */
    private static final ContractError FIRST_TAB_ERROR = ContractError.LINE_PRODUCT_MISSING;

    @Test
    @DisplayName("Every error of the tabs and every delivery status has a text in both languages")
    void enumTexts() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        Stream.of(ContractError.values())
                .filter(error -> error.ordinal() >= FIRST_TAB_ERROR.ordinal())
                .forEach(error -> keys.add("ContractError." + error.name()));
        Stream.of(DeliveryStatus.values()).forEach(status -> keys.add("DeliveryStatus." + status.name()));

        assertTrue(keys.size() > 40, "keys: " + keys.size());
        for (String key : keys) {
            assertTrue(english.containsKey(key), "English: " + key);
            assertTrue(chinese.containsKey(key), "Chinese: " + key);
        }
    }

    @Test
    @DisplayName("Every key the tabs and their beans use exists in both languages")
    void usedKeysExist() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (String page : PAGES) {
            collect(PAGE_KEY, Files.readString(Path.of("src/main/webapp/contract/tab", page + ".xhtml")), used);
        }
        try (Stream<Path> beans = Files.list(Path.of("src/main/java/org/xtoolscrm/web/contract"))) {
            for (Path bean : beans.toList()) {
                collect(BEAN_KEY, Files.readString(bean), used);
            }
        }

        assertTrue(used.size() > 60, "keys found: " + used.size());
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!english.contains(key)) {
                missing.add("English: " + key);
            }
            if (!chinese.contains(key)) {
                missing.add("Chinese: " + key);
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    @DisplayName("Both languages have the same keys of the tabs")
    void sameKeys() throws IOException {
        assertEquals(myKeys(load("messages.properties")), myKeys(load("messages_zh_CN.properties")));
    }

    @Test
    @DisplayName("Every text formats with its arguments in both languages")
    void textsFormat() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = load(bundle);
            for (String key : myKeys(texts)) {
                String text = texts.getProperty(key);
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {3, "B2", "C3"});

                assertFalse(formatted.contains("{") || formatted.contains("}"), bundle + " " + key + ": " + formatted);
                assertFalse(text.isBlank(), bundle + " " + key);
                if (text.contains("{0}")) {
                    assertTrue(formatted.contains("3"), bundle + " " + key + " drops its argument: " + formatted);
                }
            }
        }
    }

    @Test
    @DisplayName("The English count of payments takes the plural")
    void paymentsPlural() throws IOException {
        String text = load("messages.properties").getProperty("invoice.label.paymentsTotal");

        assertEquals("No payments covering 0.00", new MessageFormat(text, Locale.ENGLISH).format(new Object[] {0,
                "0.00"}));
        assertEquals("1 payment covering 10.00", new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1,
                "10.00"}));
        assertEquals("2 payments covering 20.00", new MessageFormat(text, Locale.ENGLISH).format(new Object[] {2,
                "20.00"}));
    }

    @Test
    @DisplayName("Chinese texts are in Chinese")
    void chineseTexts() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");

        for (String key : myKeys(chinese)) {
            assertTrue(han.matcher(chinese.getProperty(key)).find(), key + "=" + chinese.getProperty(key));
        }
    }

    @Test
    @DisplayName("A contract id parses from the request parameter's text")
    void contractIdParses() {
        assertEquals(42L, ContractTabContext.parse(" 42 "));
        assertNull(ContractTabContext.parse("0"));
        assertNull(ContractTabContext.parse("-3"));
        assertNull(ContractTabContext.parse("4x"));
        assertNull(ContractTabContext.parse(null));
    }

    private static Set<String> myKeys(Properties texts) {
        Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeIf(key -> !MY_KEYS.matcher(key).matches());
        return keys;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContractTabBundleTest.class.getResourceAsStream("/org/xtoolscrm/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
