package org.xtoolscrm.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.task.TaskState;
import org.xtoolscrm.web.customer.CustomerView;

/** Backs the tasks tab of customer/view.xhtml: the customer's tasks, open ones first. */
@Named
@ViewScoped
public class CustomerTasksView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private TaskService tasks;

    private TaskLazyModel model;

    @PostConstruct
    void init() {
        model = new TaskLazyModel(tasks, view.getCustomerId());
    }

    public TaskLazyModel getModel() {
        return model;
    }

    public TaskState[] getStates() {
        return TaskState.values();
    }

    public TaskState getState() {
        return model.getState();
    }

    public void setState(TaskState state) {
        model.setState(state);
    }
}
