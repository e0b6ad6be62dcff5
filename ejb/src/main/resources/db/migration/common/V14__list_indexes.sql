-- Indexes that keep the customer list, the workbench and the reminders as fast with a
-- hundred thousand customers as with a thousand. Each new index is created before the
-- old one is dropped, because MariaDB keeps an index on owner_id for its foreign key.

-- One owner's live customers in the order of a sort column, so a salesperson's list
-- page reads its rows from the index in order. Without deletion_id after owner_id,
-- MariaDB chose to scan the name index of all customers instead, and counted a team's
-- customers by reading the whole table.
CREATE INDEX ix_customer_owner_live_name ON customer (owner_id, deletion_id, name, id);
CREATE INDEX ix_customer_owner_live_updated ON customer (owner_id, deletion_id, updated_at, id);
CREATE INDEX ix_customer_owner_live_created ON customer (owner_id, deletion_id, created_at, id);
DROP INDEX ix_customer_owner_name ON customer;
DROP INDEX ix_customer_owner_updated ON customer;
DROP INDEX ix_customer_owner_created ON customer;

-- A user's open tasks, overdue first, then high priority first: two columns that the
-- database computes give the order of the task list's urgency sort, so the index
-- returns the first page in order and counts the open tasks. due_order is the due date,
-- or 9999-12-31 for a task without one, so undated tasks come last; priority_rank
-- ranks HIGH 2, NORMAL 1 and LOW 0.
ALTER TABLE task ADD COLUMN due_order DATE GENERATED ALWAYS AS (COALESCE(due_date, DATE '9999-12-31'));
ALTER TABLE task ADD COLUMN priority_rank SMALLINT GENERATED ALWAYS AS
    (CASE priority WHEN 'HIGH' THEN 2 WHEN 'NORMAL' THEN 1 ELSE 0 END);
CREATE INDEX ix_task_owner_due ON task (owner_id, deletion_id, done, due_order, priority_rank DESC, id);
DROP INDEX ix_task_owner ON task;

-- Reminders due for one user: schedules whose reminder time lies within the longest
-- reminder window before now. The previous index started from the end time, so the
-- scan read every schedule of the user that had not ended yet.
CREATE INDEX ix_schedule_owner_remind ON schedule (owner_id, deletion_id, remind_at, end_at);
DROP INDEX ix_schedule_reminder ON schedule;
