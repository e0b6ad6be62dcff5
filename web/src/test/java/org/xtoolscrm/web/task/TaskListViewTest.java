package org.xtoolscrm.web.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskSortField;

@DisplayName("Task list filters and sorting")
class TaskListViewTest {

    @Test
    @DisplayName("Owner filter values map to assignees")
    void ownerFilter() {
        assertEquals(TaskAssignee.caller(), TaskListView.assignee("mine"));
        assertEquals(TaskAssignee.scope(), TaskListView.assignee("all"));
        assertEquals(TaskAssignee.user(42L), TaskListView.assignee("42"));
    }

    @Test
    @DisplayName("Missing or malformed owner shows the whole scope")
    void malformedOwner() {
        assertEquals(TaskAssignee.scope(), TaskListView.assignee(null));
        assertEquals(TaskAssignee.scope(), TaskListView.assignee(" "));
        assertEquals(TaskAssignee.scope(), TaskListView.assignee("1 OR 1=1"));
    }

    @Test
    @DisplayName("Column fields map to sort orders")
    void sortFields() {
        assertEquals(TaskSortField.SUBJECT, TaskLazyModel.sortField("subject"));
        assertEquals(TaskSortField.DUE_DATE, TaskLazyModel.sortField("dueDate"));
        assertEquals(TaskSortField.PRIORITY, TaskLazyModel.sortField("priority"));
        assertEquals(TaskSortField.CUSTOMER, TaskLazyModel.sortField("customerName"));
        assertEquals(TaskSortField.OWNER, TaskLazyModel.sortField("ownerName"));
        assertEquals(TaskSortField.DONE_AT, TaskLazyModel.sortField("doneAt"));
        assertNull(TaskLazyModel.sortField("description"));
        assertNull(TaskLazyModel.sortField(null));
    }
}
