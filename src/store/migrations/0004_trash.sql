-- Schema 4: the trash. Plans, plan rows and events held are not deleted at once but marked
-- with the time they were put in the trash; they can be restored for 30 days, after which
-- they are deleted for good (the daily backups still hold them).
-- A shipped migration is never edited; changes go into a new file.

ALTER TABLE plan ADD COLUMN deleted_at TEXT;
ALTER TABLE plan_row ADD COLUMN deleted_at TEXT;
ALTER TABLE held_event ADD COLUMN deleted_at TEXT;
CREATE INDEX plan_deleted ON plan (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX plan_row_deleted ON plan_row (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX held_event_deleted ON held_event (deleted_at) WHERE deleted_at IS NOT NULL;
