package org.xtoolscrm.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds test deployments from the EAR that the build produced, deployed under its
 * own name, crm.ear.
 */
public final class Deployments {

    /** The EAR's modules without the web module, which in-container tests do not use. */
    private static final String APPLICATION_XML_WITHOUT_WEB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <display-name>crm</display-name>
              <module><ejb>crm-ejb.jar</ejb></module>
              <module><ejb>crm-batch.jar</ejb></module>
              <library-directory>lib</library-directory>
            </application>
            """;

    private Deployments() {
    }

    /** Returns the application EAR as built, for tests that act as a client over HTTP. */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("crm.ear", "../ear/target/crm.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * Returns the application EAR for a test that runs in the container. The test and
     * the support classes go to the EAR's lib. The web module is left out, so Arquillian
     * adds its own test.war as the only web module and runs the test there.
     */
    public static EnterpriseArchive withTests(Class<?> testClass) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "crm-tests.jar")
                .addClass(testClass)
                .addPackage(Deployments.class.getPackage());

        EnterpriseArchive ear = application();
        ear.delete("crm-web.war");
        ear.setApplicationXML(new StringAsset(APPLICATION_XML_WITHOUT_WEB.strip()));
        return ear.addAsLibrary(tests);
    }
}
