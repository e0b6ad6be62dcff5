package org.xtoolscrm.web.importing;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.importing.ImportHistoryService;
import org.xtoolscrm.importing.ImportProblem;

/** Pages through the problem rows of one import in the database, in file order. */
public class ImportProblemModel extends LazyDataModel<ImportProblem> {

    private final transient ImportHistoryService history;
    private final long jobInstanceId;

    ImportProblemModel(ImportHistoryService history, long jobInstanceId) {
        this.history = history;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(history.countProblems(jobInstanceId));
    }

    @Override
    public List<ImportProblem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        return history.problems(jobInstanceId, first, pageSize);
    }

    @Override
    public String getRowKey(ImportProblem problem) {
        return String.valueOf(problem.getId());
    }
}
