-- The statistics page counts live activities of a period by owner and type. This index
-- contains every column that count reads besides the customer's visibility, so the
-- company-wide count can read a range of the index instead of the activity rows.
CREATE INDEX ix_activity_live_time_owner_type ON activity (deletion_id, activity_time, owner_id, activity_type,
    customer_id);
