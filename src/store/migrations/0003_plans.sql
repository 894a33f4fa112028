-- Schema 3: the yearly plan of work with partners, the events held, and the pupil count the
-- report's indicators are reckoned against.
-- A shipped migration is never edited; changes go into a new file.

ALTER TABLE organisation ADD COLUMN pupil_count INTEGER NOT NULL DEFAULT 0 CHECK (pupil_count >= 0);

-- One plan per period: a calendar year (kind 'calendar', start_year 2026 = «2026») or a school
-- year (kind 'school', start_year 2026 = «2026–2027»).
CREATE TABLE plan (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('calendar', 'school')),
    start_year         INTEGER NOT NULL CHECK (start_year BETWEEN 1900 AND 2198),
    title              TEXT NOT NULL DEFAULT '',
    approver_position  TEXT NOT NULL DEFAULT '',
    approver_name      TEXT NOT NULL DEFAULT '',
    approved_on        TEXT,
    approval_order     TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (kind, start_year)
) STRICT;

-- A row: one partner under a category heading. Rows are shown grouped by heading; the groups
-- in the order of their first row, the rows by position.
CREATE TABLE plan_row (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    partner_id     INTEGER NOT NULL REFERENCES partner (id),
    group_id       INTEGER NOT NULL REFERENCES catalog_entry (id),
    position       INTEGER NOT NULL,
    goal           TEXT NOT NULL DEFAULT '',
    responsible    TEXT NOT NULL DEFAULT '',
    social_effect  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX plan_row_plan ON plan_row (plan_id, position);
CREATE INDEX plan_row_partner ON plan_row (partner_id);

-- A planned activity of a row. `period` is JSON: {"kind":"months","ranges":[{"from":12,"to":1}]}.
CREATE TABLE plan_activity (
    id        INTEGER PRIMARY KEY,
    row_id    INTEGER NOT NULL REFERENCES plan_row (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL CHECK (length(trim(title)) > 0),
    form_id   INTEGER REFERENCES catalog_entry (id),
    period    TEXT NOT NULL DEFAULT '{"kind":"year"}'
) STRICT;
CREATE INDEX plan_activity_row ON plan_activity (row_id, position);

-- An event held. An activity with events held for it cannot be removed (RESTRICT): the plan
-- keeps its history.
CREATE TABLE held_event (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL,
    time         TEXT NOT NULL DEFAULT '',
    partner_id   INTEGER NOT NULL REFERENCES partner (id),
    activity_id  INTEGER REFERENCES plan_activity (id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    form_id      INTEGER REFERENCES catalog_entry (id),
    place        TEXT NOT NULL DEFAULT '',
    children     INTEGER NOT NULL DEFAULT 0 CHECK (children >= 0),
    parents      INTEGER NOT NULL DEFAULT 0 CHECK (parents >= 0),
    teachers     INTEGER NOT NULL DEFAULT 0 CHECK (teachers >= 0),
    others       INTEGER NOT NULL DEFAULT 0 CHECK (others >= 0),
    ages         TEXT NOT NULL DEFAULT '',
    by_parents   INTEGER NOT NULL DEFAULT 0 CHECK (by_parents IN (0, 1)),
    responsible  TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    media_link   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX held_event_date ON held_event (held_on);
CREATE INDEX held_event_partner ON held_event (partner_id);
CREATE INDEX held_event_activity ON held_event (activity_id);

-- Photos are copied into photos/ beside the database under names the app makes.
CREATE TABLE event_photo (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES held_event (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    file           TEXT NOT NULL UNIQUE,
    original_name  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX event_photo_event ON event_photo (event_id, position);
