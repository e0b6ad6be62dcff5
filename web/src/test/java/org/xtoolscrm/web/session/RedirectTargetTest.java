package org.xtoolscrm.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Redirect target after login")
class RedirectTargetTest {

    private static final String CONTEXT = "/crm";

    @ParameterizedTest
    @ValueSource(strings = {
        "/crm/",
        "/crm/customer/list.xhtml",
        "/crm/customer/view.xhtml?id=42",
        "/crm/import/problems.csv?import=7&x=/../y",
        "/crm/customer/view.xhtml?id=42&next=https://example.com"})
    @DisplayName("Paths inside the application are kept")
    void insidePathsAreKept(String target) {
        assertEquals(target, RedirectTarget.resolve(target, CONTEXT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " ",
        "//evil.example/crm/",
        "https://evil.example/crm/",
        "http:/crm/x",
        "/crmx/customer/list.xhtml",
        "/crm",
        "/other/app",
        "crm/customer/list.xhtml",
        "/crm/../other/",
        "/crm/./x/../../other",
        "/crm/..",
        "/crm/%2e%2e/other",
        "/crm/%2E%2E%2Fother",
        "/crm\\\\evil.example",
        "/crm/x\\\\..\\\\..\\\\other",
        "/crm/x\r\nSet-Cookie: a=b",
        "/crm/x\tz",
        "/crm/login",
        "/crm/logout",
        "/crm/logout?x=1"})
    @DisplayName("Anything else goes to the start page")
    void unsafeTargetsGoToStart(String target) {
        assertEquals("/crm/", RedirectTarget.resolve(target, CONTEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\\\evil.example/", "https://evil.example/"})
    @DisplayName("Root context rejects other hosts too")
    void rootContext(String target) {
        assertEquals("/", RedirectTarget.resolve(target, ""));
    }
}
