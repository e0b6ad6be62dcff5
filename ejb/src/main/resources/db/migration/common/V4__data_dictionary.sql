-- The data dictionary: the editable option lists that pickers across the product
-- offer, such as industries and activity types. Each option has a code that is
-- unique within its list and a label in Chinese and in English. Options in use are
-- disabled rather than deleted. Written in the MySQL dialect; runs unchanged on
-- MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE dictionary_option (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    -- the list, such as INDUSTRY (the names of the DictionaryList enum)
    list_code   VARCHAR(32)  NOT NULL,
    option_code VARCHAR(40)  NOT NULL,
    label_zh    VARCHAR(100) NOT NULL,
    label_en    VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dictionary_option_code (list_code, option_code),
    KEY ix_dictionary_option_order (list_code, sort_order, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('CUSTOMER_TYPE', 'ENTERPRISE', '企业客户', 'Enterprise', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('CUSTOMER_TYPE', 'INDIVIDUAL', '个人客户', 'Individual', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('INDUSTRY', 'MANUFACTURING', '制造业', 'Manufacturing', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'IT', '信息技术', 'Information technology', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'FINANCE', '金融', 'Finance', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'RETAIL', '零售', 'Retail', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'WHOLESALE', '批发贸易', 'Wholesale trade', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'CONSTRUCTION', '建筑', 'Construction', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'REAL_ESTATE', '房地产', 'Real estate', 70, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'EDUCATION', '教育', 'Education', 80, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'HEALTHCARE', '医疗健康', 'Healthcare', 90, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'LOGISTICS', '物流运输', 'Logistics', 100, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'ENERGY', '能源', 'Energy', 110, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'GOVERNMENT', '政府机构', 'Government', 120, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('INDUSTRY', 'OTHER', '其他', 'Other', 130, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('REGION', 'NORTH', '华北', 'North China', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'EAST', '华东', 'East China', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'SOUTH', '华南', 'South China', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'CENTRAL', '华中', 'Central China', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'SOUTHWEST', '西南', 'Southwest China', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'NORTHWEST', '西北', 'Northwest China', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('REGION', 'NORTHEAST', '东北', 'Northeast China', 70, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('SOURCE', 'REFERRAL', '转介绍', 'Referral', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SOURCE', 'WEBSITE', '网站', 'Website', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SOURCE', 'EXHIBITION', '展会', 'Exhibition', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SOURCE', 'COLD_CALL', '陌生拜访', 'Cold call', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SOURCE', 'IMPORT', '导入', 'Import', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SOURCE', 'OTHER', '其他', 'Other', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('SCHEDULE_TYPE', 'MEETING', '会议', 'Meeting', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SCHEDULE_TYPE', 'VISIT', '拜访', 'Visit', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SCHEDULE_TYPE', 'CALL', '电话', 'Call', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SCHEDULE_TYPE', 'TASK', '任务', 'Task', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SCHEDULE_TYPE', 'REMINDER', '提醒', 'Reminder', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('SCHEDULE_TYPE', 'OTHER', '其他', 'Other', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('ACTIVITY_TYPE', 'CALL', '电话', 'Call', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('ACTIVITY_TYPE', 'VISIT', '拜访', 'Visit', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('ACTIVITY_TYPE', 'EMAIL', '邮件', 'E-mail', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('ACTIVITY_TYPE', 'MEETING', '会议', 'Meeting', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('ACTIVITY_TYPE', 'DEMO', '演示', 'Demo', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('ACTIVITY_TYPE', 'OTHER', '其他', 'Other', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

INSERT INTO dictionary_option (list_code, option_code, label_zh, label_en, sort_order, enabled, created_at, updated_at, version) VALUES
    ('EXPENSE_TYPE', 'TRAVEL', '差旅', 'Travel', 10, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('EXPENSE_TYPE', 'MEALS', '餐饮', 'Meals', 20, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('EXPENSE_TYPE', 'GIFTS', '礼品', 'Gifts', 30, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('EXPENSE_TYPE', 'TRANSPORT', '交通', 'Local transport', 40, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('EXPENSE_TYPE', 'COMMUNICATION', '通讯', 'Phone and internet', 50, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0),
    ('EXPENSE_TYPE', 'OTHER', '其他', 'Other', 60, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);
