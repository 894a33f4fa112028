-- Schema 2: the organisation profile and the register of cooperation agreements.
-- A shipped migration is never edited; changes go into a new file.

-- One row: the organisation this database belongs to. Texts that differ by language are kept
-- per language (_ru, _kk, _en); images are kept in the file so that a backup holds everything.
CREATE TABLE organisation (
    id                        INTEGER PRIMARY KEY CHECK (id = 1),
    full_name_ru              TEXT NOT NULL DEFAULT '',
    full_name_kk              TEXT NOT NULL DEFAULT '',
    full_name_en              TEXT NOT NULL DEFAULT '',
    short_name_ru             TEXT NOT NULL DEFAULT '',
    short_name_kk             TEXT NOT NULL DEFAULT '',
    short_name_en             TEXT NOT NULL DEFAULT '',
    head_position_ru          TEXT NOT NULL DEFAULT '',
    head_position_kk          TEXT NOT NULL DEFAULT '',
    head_position_en          TEXT NOT NULL DEFAULT '',
    head_name_ru              TEXT NOT NULL DEFAULT '',
    head_name_kk              TEXT NOT NULL DEFAULT '',
    head_name_en              TEXT NOT NULL DEFAULT '',
    -- «в лице …»: the head as the preamble names them (ru: genitive, «директора Ивановой М. П.»).
    head_in_person_ru         TEXT NOT NULL DEFAULT '',
    head_in_person_kk         TEXT NOT NULL DEFAULT '',
    head_in_person_en         TEXT NOT NULL DEFAULT '',
    address_ru                TEXT NOT NULL DEFAULT '',
    address_kk                TEXT NOT NULL DEFAULT '',
    address_en                TEXT NOT NULL DEFAULT '',
    city_ru                   TEXT NOT NULL DEFAULT '',
    city_kk                   TEXT NOT NULL DEFAULT '',
    city_en                   TEXT NOT NULL DEFAULT '',
    bin                       TEXT NOT NULL DEFAULT '',
    bank_details              TEXT NOT NULL DEFAULT '',
    phone                     TEXT NOT NULL DEFAULT '',
    email                     TEXT NOT NULL DEFAULT '',
    logo                      BLOB,
    stamp                     BLOB,
    signature                 BLOB,
    agreement_number_pattern  TEXT NOT NULL DEFAULT '{n}/{yyyy}',
    agreement_start_number    INTEGER NOT NULL DEFAULT 1 CHECK (agreement_start_number >= 1),
    updated_at                TEXT
) STRICT;
INSERT INTO organisation (id) VALUES (1);

CREATE TABLE agreement (
    id                  INTEGER PRIMARY KEY,
    partner_id          INTEGER NOT NULL REFERENCES partner (id),
    -- Set together when the agreement is registered, in the transaction that registers it.
    register_year       INTEGER,
    register_seq        INTEGER,
    register_number     TEXT,
    registered_at       TEXT,
    partner_number      TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'kk', 'en', 'kkru')),
    signed_on           TEXT,
    valid_from          TEXT NOT NULL,
    valid_to            TEXT NOT NULL CHECK (valid_to >= valid_from),
    -- The partner's signatory: position and name as signed, and «в лице …» for the preamble.
    partner_position_ru TEXT NOT NULL DEFAULT '',
    partner_position_kk TEXT NOT NULL DEFAULT '',
    partner_position_en TEXT NOT NULL DEFAULT '',
    partner_head_ru     TEXT NOT NULL DEFAULT '',
    partner_head_kk     TEXT NOT NULL DEFAULT '',
    partner_head_en     TEXT NOT NULL DEFAULT '',
    partner_in_person_ru TEXT NOT NULL DEFAULT '',
    partner_in_person_kk TEXT NOT NULL DEFAULT '',
    partner_in_person_en TEXT NOT NULL DEFAULT '',
    -- Clauses edited for this agreement: {"ru": {"agreement-subject-1": "…"}, …}.
    clause_overrides    TEXT NOT NULL DEFAULT '{}',
    terminated_on       TEXT,
    renews_id           INTEGER REFERENCES agreement (id),
    scan_file           TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK ((register_seq IS NULL) = (register_number IS NULL)),
    UNIQUE (register_year, register_seq)
) STRICT;
CREATE INDEX agreement_partner ON agreement (partner_id);
CREATE INDEX agreement_valid_to ON agreement (valid_to);
CREATE UNIQUE INDEX agreement_renews ON agreement (renews_id) WHERE renews_id IS NOT NULL;
