package org.xtoolscrm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UI message bundles")
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");

    @Test
    @DisplayName("Chinese and English bundles have the same keys")
    void bundlesMatch() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();

        assertEquals(new TreeSet<>(english), new TreeSet<>(chinese));
    }

    @Test
    @DisplayName("Every key a page uses exists")
    void pageKeysExist() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();

        for (Path page : pages()) {
            Matcher matcher = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(page.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    @DisplayName("Every enum value shown on a page has a text")
    void enumKeysExist() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();

        Stream.of(org.xtoolscrm.account.Role.values())
                .forEach(role -> assertTrue(keys.contains("Role." + role.name()), role.name()));
        Stream.of(org.xtoolscrm.customer.CustomerStatus.values())
                .forEach(status -> assertTrue(keys.contains("CustomerStatus." + status.name()), status.name()));
        Stream.of(org.xtoolscrm.dictionary.DictionaryList.values())
                .forEach(list -> assertTrue(keys.contains("DictionaryList." + list.name()), list.name()));
        Stream.of(org.xtoolscrm.dictionary.DictionaryError.values())
                .forEach(error -> assertTrue(keys.contains("DictionaryError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.customer.CustomerType.values())
                .forEach(type -> assertTrue(keys.contains("CustomerType." + type.name()), type.name()));
        Stream.of(org.xtoolscrm.web.importing.ImportState.values())
                .forEach(state -> assertTrue(keys.contains("ImportState." + state.name()), state.name()));
        Stream.of(org.xtoolscrm.importing.ImportProblem.Kind.values())
                .forEach(kind -> assertTrue(keys.contains("ImportProblemKind." + kind.name()), kind.name()));
        Stream.of(org.xtoolscrm.account.login.LoginOutcome.values())
                .forEach(outcome -> assertTrue(keys.contains("LoginOutcome." + outcome.name()), outcome.name()));
        Stream.of(org.xtoolscrm.contact.ContactError.values())
                .forEach(error -> assertTrue(keys.contains("ContactError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.expense.ExpenseStatus.values())
                .forEach(status -> assertTrue(keys.contains("ExpenseStatus." + status.name()), status.name()));
        Stream.of(org.xtoolscrm.expense.ExpenseError.values())
                .forEach(error -> assertTrue(keys.contains("ExpenseError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.note.NoteError.values())
                .forEach(error -> assertTrue(keys.contains("NoteError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.attachment.AttachmentError.values())
                .forEach(error -> assertTrue(keys.contains("AttachmentError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.task.TaskState.values())
                .forEach(state -> assertTrue(keys.contains("TaskState." + state.name()), state.name()));
        Stream.of(org.xtoolscrm.task.TaskPriority.values())
                .forEach(priority -> assertTrue(keys.contains("TaskPriority." + priority.name()), priority.name()));
        Stream.of(org.xtoolscrm.task.TaskError.values())
                .forEach(error -> assertTrue(keys.contains("TaskError." + error.name()), error.name()));
        Stream.of(org.xtoolscrm.activity.ActivityError.values())
                .forEach(error -> assertTrue(keys.contains("ActivityError." + error.name()), error.name()));
    }

    @Test
    @DisplayName("Every account error has a text in both languages")
    void accountErrorKeysExist() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();

        for (org.xtoolscrm.account.AccountError error : org.xtoolscrm.account.AccountError.values()) {
            assertTrue(english.contains("AccountError." + error.name()), "English: " + error.name());
            assertTrue(chinese.contains("AccountError." + error.name()), "Chinese: " + error.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/xtoolscrm/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
    }
}
