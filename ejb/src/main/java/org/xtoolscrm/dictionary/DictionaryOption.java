package org.xtoolscrm.dictionary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.xtoolscrm.audit.Audited;

/** One option of a dictionary list, with its code, its labels in Chinese and English, and its place in the list. */
@Entity
@Table(name = "dictionary_option")
public class DictionaryOption implements Audited, Serializable {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "DictionaryOption";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_code", nullable = false, length = 32)
    private DictionaryList dictionaryList;

    @Column(name = "option_code", nullable = false, length = DictionaryRules.CODE_MAX)
    private String code;

    @Column(name = "label_zh", nullable = false, length = DictionaryRules.LABEL_MAX)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = DictionaryRules.LABEL_MAX)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The win probability in percent, for an opportunity stage; null for other lists. */
    @Column(name = "probability")
    private Integer probability;

    /** The end of a deal that a final opportunity stage marks, or null for an open stage and other lists. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_outcome", length = 8)
    private StageOutcome stageOutcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected DictionaryOption() {
    }

    public DictionaryOption(DictionaryList list, String code, String labelZh, String labelEn, int sortOrder) {
        this(list, code, labelZh, labelEn, sortOrder, null);
    }

    /** Creates an option with a win probability, which only opportunity stages have. */
    public DictionaryOption(DictionaryList list, String code, String labelZh, String labelEn, int sortOrder,
                            Integer probability) {
        this.dictionaryList = list;
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.sortOrder = sortOrder;
        this.probability = probability;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public DictionaryList getList() {
        return dictionaryList;
    }

    public String getCode() {
        return code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    /** Returns the Chinese label for a Chinese locale and the English label for any other. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public StageOutcome getStageOutcome() {
        return stageOutcome;
    }

    /** Returns whether this is a final opportunity stage, which the Boss cannot disable or delete. */
    public boolean isFinalStage() {
        return stageOutcome != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("list", dictionaryList);
        values.put("code", code);
        values.put("labelZh", labelZh);
        values.put("labelEn", labelEn);
        values.put("sortOrder", sortOrder);
        values.put("enabled", enabled);
        if (dictionaryList == DictionaryList.OPPORTUNITY_STAGE) {
            values.put("probability", probability);
        }
        return values;
    }
}
