package org.xtoolscrm.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountRow;

/**
 * Backs account/org-chart.xhtml: the reporting line as a tree with the Bosses at the top.
 * The reporting rules always rank a superior above the subordinate (Boss, then Manager,
 * then salesperson), so the line contains no cycles.
 */
@Named
@RequestScoped
public class OrgChartView {

    /** The tree node type of an enabled account; the page styles each type. */
    static final String ENABLED = "enabled";
    static final String DISABLED = "disabled";

    @EJB
    private AccountDirectory directory;

    private TreeNode<AccountRow> root;

    @PostConstruct
    void build() {
        root = tree(directory.orgChart());
    }

    /** Builds the tree; an account whose superior is missing from the rows becomes a top node. */
    static TreeNode<AccountRow> tree(List<AccountRow> rows) {
        TreeNode<AccountRow> top = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<AccountRow>> nodes = new HashMap<>();
        for (AccountRow row : rows) {
            TreeNode<AccountRow> node = new DefaultTreeNode<>(row.isEnabled() ? ENABLED : DISABLED, row, null);
            node.setExpanded(true);
            nodes.put(row.getId(), node);
        }
        for (AccountRow row : rows) {
            TreeNode<AccountRow> parent = nodes.getOrDefault(row.getSuperiorId(), top);
            parent.getChildren().add(nodes.get(row.getId()));
        }
        return top;
    }

    public TreeNode<AccountRow> getRoot() {
        return root;
    }
}
