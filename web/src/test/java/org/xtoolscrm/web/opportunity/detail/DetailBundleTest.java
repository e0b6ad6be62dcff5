package org.xtoolscrm.web.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.xtoolscrm.opportunity.detail.CompetitorError;
import org.xtoolscrm.opportunity.detail.DetailError;
import org.xtoolscrm.opportunity.detail.QuoteError;
import org.xtoolscrm.opportunity.detail.QuoteStatus;
import org.xtoolscrm.opportunity.detail.RequirementError;
import org.xtoolscrm.opportunity.detail.RequirementImportance;
import org.xtoolscrm.opportunity.detail.SolutionError;

@DisplayName("Texts of the deal record tabs")
class DetailBundleTest {

    private static final List<String> PAGES = List.of("requirements", "solutions", "quotes", "competitors");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
    /** A bundle key in a Java string literal of the tab beans, such as "quote.message.saved". */
    private static final Pattern BEAN_KEY =
            Pattern.compile("\"((?:requirement|solution|quote|competitor|opportunityDetail)\\.[A-Za-z.]+)\"");
    private static final Pattern MY_KEYS =
            Pattern.compile("(requirement|solution|quote|competitor|opportunityDetail)\\..*|"
                    + "(RequirementImportance|QuoteStatus|RequirementError|SolutionError|QuoteError|CompetitorError)\\..*");

    @Test
    @DisplayName("Every error and enum value has a text in both languages")
    void enumTexts() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        for (DetailError[] errors : List.of(RequirementError.values(), SolutionError.values(), QuoteError.values(),
                CompetitorError.values())) {
            Stream.of(errors).map(DetailError::messageKey).forEach(keys::add);
        }
        Stream.of(RequirementImportance.values()).map(value -> "RequirementImportance." + value).forEach(keys::add);
        Stream.of(QuoteStatus.values()).map(value -> "QuoteStatus." + value).forEach(keys::add);

        for (String key : keys) {
            assertTrue(english.containsKey(key), "English: " + key);
            assertTrue(chinese.containsKey(key), "Chinese: " + key);
        }
    }

    @Test
    @DisplayName("Error keys are the enum's simple name and the constant")
    void messageKeyShape() {
        assertEquals("QuoteError.NUMBER_TAKEN", QuoteError.NUMBER_TAKEN.messageKey());
        assertEquals("RequirementError.TITLE_MISSING", RequirementError.TITLE_MISSING.messageKey());
    }

    @Test
    @DisplayName("Every key the tabs and their beans use exists in both languages")
    void usedKeysExist() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (String page : PAGES) {
            collect(PAGE_KEY, Files.readString(Path.of("src/main/webapp/opportunity/tab", page + ".xhtml")), used);
        }
        collect(PAGE_KEY, Files.readString(Path.of("src/main/webapp/opportunity/view.xhtml")), used);
        try (Stream<Path> beans = Files.list(Path.of("src/main/java/org/xtoolscrm/web/opportunity/detail"))) {
            for (Path bean : beans.toList()) {
                collect(BEAN_KEY, Files.readString(bean), used);
            }
        }
        used.removeIf(key -> !MY_KEYS.matcher(key).matches());

        assertTrue(used.size() > 100, "keys found: " + used.size());
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
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {"A1", "B2"});

                assertFalse(formatted.contains("{") || formatted.contains("}"), bundle + " " + key + ": " + formatted);
                assertFalse(text.isBlank(), bundle + " " + key);
                if (text.contains("{0}")) {
                    assertTrue(formatted.contains("A1"), bundle + " " + key + " drops its argument: " + formatted);
                }
            }
        }
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
        try (InputStream in = DetailBundleTest.class.getResourceAsStream("/org/xtoolscrm/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
