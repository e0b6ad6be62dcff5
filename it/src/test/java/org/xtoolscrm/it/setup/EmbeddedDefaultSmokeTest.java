package org.xtoolscrm.it.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.it.client.WebSession;

/**
 * What the README's run command gives: WildFly configured for the embedded H2
 * database, started with crm.demo-data=true, and the demo accounts logging in. The
 * server runs on port offset 200, beside the Arquillian server and a demo server.
 */
@DisplayName("Embedded default database")
class EmbeddedDefaultSmokeTest {

    private static final int OFFSET = Integer.getInteger("crm.test.h2-port-offset", 200);
    private static final String BASE_URL = "http://127.0.0.1:" + (8080 + OFFSET) + "/crm";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private static Process server;
    private static Path jbossHome;

    @BeforeAll
    static void startServer() throws Exception {
        jbossHome = Path.of(System.getProperty("crm.test.h2-jboss.home"));
        Path deployments = jbossHome.resolve("standalone/deployments");
        deleteTree(jbossHome.resolve("standalone/data/crm"));
        Files.deleteIfExists(deployments.resolve("crm.ear.deployed"));
        Files.deleteIfExists(deployments.resolve("crm.ear.failed"));
        Files.copy(Path.of(System.getProperty("crm.ear")), deployments.resolve("crm.ear"),
                StandardCopyOption.REPLACE_EXISTING);

        server = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + OFFSET, "-Dcrm.demo-data=true")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "h2-server.out").toFile())
                .start();

        Instant deadline = Instant.now().plus(STARTUP);
        while (!Files.exists(deployments.resolve("crm.ear.deployed"))) {
            if (Files.exists(deployments.resolve("crm.ear.failed")) || !server.isAlive()
                    || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The H2 server did not deploy crm.ear; see target/h2-server.out");
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server == null) {
            return;
        }
        new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(),
                "--controller=127.0.0.1:" + (9990 + OFFSET), "--connect", "--command=shutdown")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "h2-shutdown.out").toFile())
                .start()
                .waitFor(60, TimeUnit.SECONDS);
        // standalone.sh leaves the Java process running when it is killed, so stop the
        // children first if the shutdown command did not end them.
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("Boss logs in with the demo password and sees the demo customers")
    void bossLogsIn() throws Exception {
        WebSession session = new WebSession(BASE_URL);
        HttpResponse<String> landing = session.logIn("boss", "demo123");
        HttpResponse<String> customers = session.get("/customer/list.xhtml");

        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("id=\"workbench\""), "lands on the workbench");
        assertTrue(customers.body().contains("signed-in-as"), "logged in");
        assertTrue(customers.body().contains("华远集团有限公司"), "Chinese demo customer shown");
        assertTrue(customers.body().contains("杭州云帆科技有限公司"), "a salesperson's customer is visible to the Boss");
    }

    @Test
    @DisplayName("Salesperson sees only own demo customers")
    void salespersonSeesOwn() throws Exception {
        WebSession session = new WebSession(BASE_URL);
        session.logIn("sales1", "demo123");
        HttpResponse<String> customers = session.get("/customer/list.xhtml");

        assertTrue(customers.body().contains("杭州云帆科技有限公司"));
        assertFalse(customers.body().contains("华远集团有限公司"), "the Boss's customer is hidden");
        assertFalse(customers.body().contains("南京金陵食品有限公司"), "a colleague's customer is hidden");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
