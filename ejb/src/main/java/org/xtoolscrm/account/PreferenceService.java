package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;

/** Reads and saves the caller's own settings. */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class PreferenceService {

    /** The languages the pages are written in, as IETF language tags. */
    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private static final Logger LOG = Logger.getLogger(PreferenceService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    /** Returns the caller's chosen language tag, or empty when they follow the browser. */
    public Optional<String> language() {
        UserPreference preference = em.find(UserPreference.class, access.currentUser().getId());
        return Optional.ofNullable(preference == null ? null : preference.getLanguage());
    }

    /**
     * Saves the caller's language.
     *
     * @param languageTag one of {@link #LANGUAGES}, or null to follow the browser
     * @throws IllegalArgumentException for any other tag
     */
    public void setLanguage(String languageTag) {
        if (languageTag != null && !LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("Unsupported language '" + languageTag + "': use one of "
                    + LANGUAGES + " or none for the browser's language.");
        }
        User user = access.currentUser();
        UserPreference preference = em.find(UserPreference.class, user.getId());
        if (preference == null) {
            preference = new UserPreference(user.getId());
            preference.setLanguage(languageTag);
            em.persist(preference);
        } else {
            preference.setLanguage(languageTag);
        }
        LOG.info(() -> "User " + user.getLogin() + " set the language to "
                + (languageTag == null ? "the browser's" : languageTag));
    }
}
