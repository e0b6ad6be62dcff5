package org.xtoolscrm.web.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xtoolscrm.schedule.ScheduleError;

@DisplayName("Schedule texts in both bundles")
class ScheduleBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    @DisplayName("Every schedule error and key built in Java has a text")
    void keysExist(String bundle) throws IOException {
        Properties texts = load(bundle);
        List<String> keys = Stream.concat(
                Stream.of(ScheduleError.values()).map(error -> "ScheduleError." + error.name()),
                Stream.of("schedule.reminder.none", "schedule.reminder.atStart", "schedule.reminder.minutes",
                        "schedule.reminder.hours", "schedule.reminder.days", "schedule.state.done",
                        "schedule.state.past", "schedule.state.upcoming", "schedule.state.running",
                        "schedule.label.allDay")).toList();

        for (String key : keys) {
            assertTrue(texts.containsKey(key), bundle + ": " + key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScheduleBundleTest.class.getResourceAsStream("/org/xtoolscrm/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
