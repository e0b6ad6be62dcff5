package org.xtoolscrm.web.importing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.importing.CustomerImport;
import org.xtoolscrm.importing.ImportHistoryService;
import org.xtoolscrm.importing.job.CustomerImportJobs;
import org.xtoolscrm.importing.job.DuplicateImportException;
import org.xtoolscrm.importing.job.ImportNotAllowedException;
import org.xtoolscrm.importing.job.RunningImport;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.OwnerOption;

/** Backs import/upload.xhtml: starts imports and shows their progress and problems. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ImportView.class.getName());

    /** How many recent imports the page lists. */
    private static final int RECENT = 20;

    /**
     * The largest import file: 200 MB, as Undertow's max-post-size in
     * server-config/04-application.cli and the multipart limit in web.xml.
     */
    private static final long MAX_FILE_SIZE = 200L * 1024 * 1024;

    @EJB
    private CustomerImportJobs jobs;

    @EJB
    private ImportHistoryService history;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private transient UploadedFile file;
    private String ownerLogin;
    private List<OwnerOption> owners;
    private List<ImportRow> imports;
    private CustomerImport selectedImport;
    /** Imports started from this page whose job has not yet written its record. */
    private final Set<Long> pending = new HashSet<>();
    private ImportProblemModel problems;

    @PostConstruct
    void init() {
        owners = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
        ownerLogin = access.currentUser().getLogin();
        refresh();
    }

    public void refresh() {
        imports = history.recentImports(RECENT).stream()
                .map(record -> new ImportRow(record, jobs.status(record.getJobInstanceId())))
                .toList();
        imports.forEach(row -> pending.remove(row.record().getJobInstanceId()));
        if (selectedImport != null) {
            selectedImport = history.getVisible(selectedImport.getJobInstanceId());
        }
    }

    public void start() {
        if (file == null || file.getFileName() == null || file.getSize() == 0) {
            Texts.error("import.message.noFile");
            return;
        }
        if (file.getSize() > MAX_FILE_SIZE) {
            Texts.error("import.message.tooLarge");
            return;
        }
        String name = file.getFileName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
            Texts.error("import.message.notCsv");
            return;
        }

        try (InputStream content = file.getInputStream()) {
            pending.add(jobs.startUpload(content, name, ownerLogin));
            Texts.info("import.message.started", name);
        } catch (DuplicateImportException e) {
            RunningImport running = e.running();
            Texts.error("import.message.duplicate", String.valueOf(running.jobInstanceId()), running.fileName(),
                    running.startedBy());
        } catch (ImportNotAllowedException e) {
            Texts.errorText(e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Upload of " + name + " could not be read", e);
            Texts.error("general.message.unexpectedError");
        }
        refresh();
    }

    public void restart(long jobInstanceId) {
        try {
            jobs.restart(jobInstanceId);
            Texts.info("import.message.restarted");
        } catch (ImportNotAllowedException e) {
            Texts.errorText(e.getMessage());
        }
        refresh();
    }

    public void showProblems(long jobInstanceId) {
        selectedImport = history.getVisible(jobInstanceId);
        problems = new ImportProblemModel(history, jobInstanceId);
    }

    /** Returns whether the page should keep polling: an import runs or has yet to show up. */
    public boolean isAnyRunning() {
        return !pending.isEmpty() || imports.stream().anyMatch(row -> row.status().isRunning());
    }

    public long getMaxFileSize() {
        return MAX_FILE_SIZE;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getOwnerLogin() {
        return ownerLogin;
    }

    public void setOwnerLogin(String ownerLogin) {
        this.ownerLogin = ownerLogin;
    }

    public List<OwnerOption> getOwners() {
        return owners;
    }

    public List<ImportRow> getImports() {
        return imports;
    }

    public CustomerImport getSelectedImport() {
        return selectedImport;
    }

    public ImportProblemModel getProblems() {
        return problems;
    }
}
