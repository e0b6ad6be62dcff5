package org.xtoolscrm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Sets and removes system properties of the running test server through its management API,
 * as an IT admin would with the CLI, for settings the application reads at every use (such
 * as turning mail on).
 */
public final class ServerProperties {

    private ServerProperties() {
    }

    public static void set(ManagementClient management, String name, String value) throws Exception {
        ModelNode add = new ModelNode();
        add.get("operation").set("add");
        add.get("address").add("system-property", name);
        add.get("value").set(value);
        execute(management, add);
    }

    public static void remove(ManagementClient management, String name) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", name);
        execute(management, remove);
    }

    private static void execute(ManagementClient management, ModelNode operation) throws Exception {
        ModelNode response = management.getControllerClient().execute(operation);
        assertEquals("success", response.get("outcome").asString(), response.toString());
    }
}
