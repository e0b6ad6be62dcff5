package org.xtoolscrm.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.Role;

@DisplayName("Org chart tree")
class OrgChartViewTest {

    @Test
    @DisplayName("Accounts hang under their superiors")
    void treeFollowsReportingLine() {
        TreeNode<AccountRow> root = OrgChartView.tree(List.of(
                row(1, Role.BOSS, null, true),
                row(2, Role.MANAGER, 1L, true),
                row(3, Role.SALES, 2L, false),
                row(4, Role.SALES, 1L, true)));

        assertEquals(1, root.getChildCount());
        TreeNode<AccountRow> boss = root.getChildren().get(0);
        assertEquals(1L, boss.getData().getId());
        assertEquals(List.of(2L, 4L), boss.getChildren().stream().map(node -> node.getData().getId()).toList());
        TreeNode<AccountRow> sales = boss.getChildren().get(0).getChildren().get(0);
        assertEquals(3L, sales.getData().getId());
    }

    @Test
    @DisplayName("Disabled accounts get their own node type")
    void disabledNodeType() {
        TreeNode<AccountRow> root = OrgChartView.tree(List.of(row(1, Role.BOSS, null, true),
                row(2, Role.SALES, 1L, false)));

        TreeNode<AccountRow> boss = root.getChildren().get(0);
        assertEquals(OrgChartView.ENABLED, boss.getType());
        assertEquals(OrgChartView.DISABLED, boss.getChildren().get(0).getType());
    }

    @Test
    @DisplayName("Several Bosses and unknown superiors are top nodes")
    void severalTopNodes() {
        TreeNode<AccountRow> root = OrgChartView.tree(List.of(
                row(1, Role.BOSS, null, true),
                row(2, Role.BOSS, null, true),
                row(3, Role.SALES, 99L, true)));

        assertEquals(List.of(1L, 2L, 3L), root.getChildren().stream().map(node -> node.getData().getId()).toList());
    }

    private static AccountRow row(long id, Role role, Long superiorId, boolean enabled) {
        return new AccountRow(id, "user" + id, "User " + id, role, superiorId, null, null, null, enabled, 0);
    }
}
