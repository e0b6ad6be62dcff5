-- Settings each user picks for themselves, such as the language of the pages.
-- A missing row or a NULL value means the default (the browser's language).

CREATE TABLE user_preference (
    user_id    BIGINT      NOT NULL,
    language   VARCHAR(10) NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_user_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
