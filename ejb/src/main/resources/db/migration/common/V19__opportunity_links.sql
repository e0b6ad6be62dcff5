-- Activities can name the opportunity they were about, as schedules and tasks already
-- can, and each kind is listed per opportunity on the opportunity's page. Written in the
-- MySQL dialect; runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
ALTER TABLE activity ADD COLUMN opportunity_id BIGINT NULL;

-- The opportunity page's lists of linked schedules, tasks and activities.
CREATE INDEX ix_activity_opportunity ON activity (opportunity_id, deletion_id, activity_time);
CREATE INDEX ix_task_opportunity ON task (opportunity_id, deletion_id);
CREATE INDEX ix_schedule_opportunity ON schedule (opportunity_id, deletion_id, start_at);
