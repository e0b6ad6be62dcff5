package org.xtoolscrm.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Looks up UI texts by key in the caller's language and adds them as Faces messages. */
public final class Texts {

    private static final String BUNDLE = "org.xtoolscrm.web.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, get(key, arguments));
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, get(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, get(key, arguments));
    }

    /** Adds a message that survives a redirect, shown on the page the caller lands on. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** Adds an error whose text comes from the business layer as it is. */
    public static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
