//! Partners and their contacts: create, update, archive and restore, list and search.
//! Every change of a partner is one transaction that also rewrites its search document.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{now, Store};
use crate::error::{Error, Field, Result};
use crate::model::{
    ArchivedFilter, CatalogList, Contact, KindFilter, Partner, PartnerInput, PartnerQuery,
    PartnerSort, PartnerSummary, SavedPartner, SimilarPartner, SortDirection,
};
use crate::{text, validate};

const SUMMARY: &str = "
    SELECT p.id, p.name, p.short_name, p.category_id, p.internal,
           COALESCE((SELECT c.name FROM contact c WHERE c.partner_id = p.id
                     ORDER BY c.position_no LIMIT 1), ''),
           (SELECT COUNT(*) FROM contact c WHERE c.partner_id = p.id),
           p.phones, p.email, p.updated_at, p.archived_at IS NOT NULL,
           (SELECT position FROM catalog_entry e WHERE e.id = p.category_id)
    FROM partner p";

fn summary(r: &Row) -> rusqlite::Result<(PartnerSummary, i64)> {
    Ok((
        PartnerSummary {
            id: r.get(0)?,
            name: r.get(1)?,
            short_name: r.get(2)?,
            category_id: r.get(3)?,
            internal: r.get(4)?,
            contact: r.get(5)?,
            contact_count: r.get(6)?,
            phones: r.get(7)?,
            email: r.get(8)?,
            updated_at: r.get(9)?,
            archived: r.get(10)?,
        },
        r.get(11)?,
    ))
}

/// An FTS5 query matching every word of `search` as a word prefix, or None for no words.
fn fts_query(search: &str) -> Option<String> {
    let words = text::words(search);
    if words.is_empty() {
        return None;
    }
    // Words hold only letters and digits, so quoting them is enough to keep FTS syntax out.
    Some(words.iter().map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" "))
}

impl Store {
    pub fn partner_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM partner", [], |r| r.get(0))?)
    }

    /// The partner list: search words, filters and sort of `q`.
    pub fn list_partners(&self, q: &PartnerQuery) -> Result<Vec<PartnerSummary>> {
        let mut sql = String::from(SUMMARY);
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(m) = fts_query(&q.search) {
            conds.push("p.id IN (SELECT rowid FROM partner_search WHERE partner_search MATCH ?)".into());
            args.push(m.into());
        }
        if let Some(c) = q.category_id {
            conds.push("p.category_id = ?".into());
            args.push(c.into());
        }
        match q.kind {
            KindFilter::All => {}
            KindFilter::Internal => conds.push("p.internal = 1".into()),
            KindFilter::External => conds.push("p.internal = 0".into()),
        }
        if let Some(d) = q.direction_id {
            conds.push("EXISTS (SELECT 1 FROM partner_catalog pc WHERE pc.partner_id = p.id AND pc.entry_id = ?)".into());
            args.push(d.into());
        }
        match q.archived {
            ArchivedFilter::Active => conds.push("p.archived_at IS NULL".into()),
            ArchivedFilter::Archived => conds.push("p.archived_at IS NOT NULL".into()),
            ArchivedFilter::All => {}
        }
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), summary)?;
        let mut rows: Vec<(PartnerSummary, i64)> = rows.collect::<rusqlite::Result<_>>()?;
        sort_summaries(&mut rows, q.sort, q.direction);
        Ok(rows.into_iter().map(|(s, _)| s).collect())
    }

    pub fn partner(&self, id: i64) -> Result<Partner> {
        let mut p = self
            .conn
            .query_row(
                "SELECT id, name, short_name, category_id, internal, address, phones, email,
                        website, notes, created_at, updated_at, archived_at
                 FROM partner WHERE id = ?1",
                [id],
                |r| {
                    Ok(Partner {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        short_name: r.get(2)?,
                        category_id: r.get(3)?,
                        internal: r.get(4)?,
                        direction_ids: vec![],
                        form_ids: vec![],
                        address: r.get(5)?,
                        phones: r.get(6)?,
                        email: r.get(7)?,
                        website: r.get(8)?,
                        notes: r.get(9)?,
                        contacts: vec![],
                        created_at: r.get(10)?,
                        updated_at: r.get(11)?,
                        archived_at: r.get(12)?,
                    })
                },
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "partner", id: id.to_string() })?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT pc.entry_id, e.list FROM partner_catalog pc JOIN catalog_entry e ON e.id = pc.entry_id
             WHERE pc.partner_id = ?1 ORDER BY e.position, e.id",
        )?;
        for row in stmt.query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (entry, list) = row?;
            match list.as_str() {
                "direction" => p.direction_ids.push(entry),
                _ => p.form_ids.push(entry),
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, position, phone, email FROM contact WHERE partner_id = ?1 ORDER BY position_no, id",
        )?;
        p.contacts = stmt
            .query_map([id], |r| {
                Ok(Contact { id: r.get(0)?, name: r.get(1)?, position: r.get(2)?, phone: r.get(3)?, email: r.get(4)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(p)
    }

    /// Partners whose names are very similar to `name` (a warning for the form, never a refusal).
    pub fn similar_partners(&self, name: &str, exclude: Option<i64>) -> Result<Vec<SimilarPartner>> {
        let key = text::name_key(name);
        if key.is_empty() {
            return Ok(vec![]);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, archived_at IS NOT NULL, name_key FROM partner ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((SimilarPartner { id: r.get(0)?, name: r.get(1)?, archived: r.get(2)? }, r.get::<_, String>(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (p, k) = row?;
            if Some(p.id) != exclude && text::keys_similar(&key, &k) {
                out.push(p);
            }
        }
        Ok(out)
    }

    pub fn create_partner(&self, input: &PartnerInput) -> Result<SavedPartner> {
        let input = self.checked(input)?;
        let tx = self.write_tx()?;
        let id = insert_partner(&tx, &input)?;
        tx.commit()?;
        self.saved(id, &input.name)
    }

    /// Creates many partners in one transaction: all of them, or none when one is refused.
    pub fn create_partners(&self, inputs: &[PartnerInput]) -> Result<Vec<i64>> {
        let checked = inputs.iter().map(|i| self.checked(i)).collect::<Result<Vec<_>>>()?;
        let tx = self.write_tx()?;
        let ids = checked.iter().map(|i| insert_partner(&tx, i)).collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(ids)
    }

    pub fn update_partner(&self, id: i64, input: &PartnerInput) -> Result<SavedPartner> {
        let input = self.checked(input)?;
        let tx = self.write_tx()?;
        let n = tx.execute(
            "UPDATE partner SET name = ?2, short_name = ?3, category_id = ?4, internal = ?5,
                    address = ?6, phones = ?7, email = ?8, website = ?9, notes = ?10,
                    name_key = ?11, updated_at = ?12
             WHERE id = ?1",
            params![
                id, input.name, input.short_name, input.category_id, input.internal, input.address,
                input.phones, input.email, input.website, input.notes, text::name_key(&input.name), now()
            ],
        )?;
        if n == 0 {
            return Err(Error::NotFound { entity: "partner", id: id.to_string() });
        }
        write_links(&tx, id, &input)?;
        tx.commit()?;
        self.saved(id, &input.name)
    }

    /// Hides a partner from the list; nothing is deleted.
    pub fn archive_partner(&self, id: i64) -> Result<Partner> {
        self.set_archived(id, true)
    }

    pub fn restore_partner(&self, id: i64) -> Result<Partner> {
        self.set_archived(id, false)
    }

    fn set_archived(&self, id: i64, archived: bool) -> Result<Partner> {
        let ts = now();
        let tx = self.write_tx()?;
        let n = tx.execute(
            "UPDATE partner SET archived_at = CASE WHEN ?2 THEN COALESCE(archived_at, ?3) END,
                                updated_at = ?3
             WHERE id = ?1",
            params![id, archived, ts],
        )?;
        if n == 0 {
            return Err(Error::NotFound { entity: "partner", id: id.to_string() });
        }
        tx.commit()?;
        self.partner(id)
    }

    fn checked(&self, input: &PartnerInput) -> Result<PartnerInput> {
        let input = validate::partner(input)?;
        self.check_entries(CatalogList::Category, &[input.category_id], Field::Category)?;
        self.check_entries(CatalogList::Direction, &input.direction_ids, Field::Name)?;
        self.check_entries(CatalogList::Form, &input.form_ids, Field::Name)?;
        Ok(input)
    }

    fn saved(&self, id: i64, name: &str) -> Result<SavedPartner> {
        Ok(SavedPartner { partner: self.partner(id)?, similar: self.similar_partners(name, Some(id))? })
    }
}

fn insert_partner(tx: &Connection, input: &PartnerInput) -> Result<i64> {
    let ts = now();
    tx.execute(
        "INSERT INTO partner (name, short_name, category_id, internal, address, phones, email,
                              website, notes, name_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            input.name, input.short_name, input.category_id, input.internal, input.address,
            input.phones, input.email, input.website, input.notes, text::name_key(&input.name), ts
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_links(tx, id, input)?;
    Ok(id)
}

/// Rewrites a partner's directions, forms, contacts and search document inside `tx`.
/// Contacts keep their ids: rows sent with an id are updated, others inserted, the rest removed.
fn write_links(tx: &Connection, id: i64, input: &PartnerInput) -> Result<()> {
    tx.execute("DELETE FROM partner_catalog WHERE partner_id = ?1", [id])?;
    for entry in input.direction_ids.iter().chain(&input.form_ids) {
        tx.execute("INSERT INTO partner_catalog (partner_id, entry_id) VALUES (?1, ?2)", params![id, entry])?;
    }
    let kept: Vec<i64> = input.contacts.iter().filter_map(|c| c.id).collect();
    let existing: Vec<i64> = tx
        .prepare("SELECT id FROM contact WHERE partner_id = ?1")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for old in existing.iter().filter(|e| !kept.contains(e)) {
        tx.execute("DELETE FROM contact WHERE id = ?1", [old])?;
    }
    for (no, c) in input.contacts.iter().enumerate() {
        match c.id {
            Some(cid) if existing.contains(&cid) => {
                tx.execute(
                    "UPDATE contact SET position_no = ?2, name = ?3, position = ?4, phone = ?5, email = ?6 WHERE id = ?1",
                    params![cid, no as i64, c.name, c.position, c.phone, c.email],
                )?;
            }
            Some(cid) => return Err(Error::NotFound { entity: "contact", id: cid.to_string() }),
            None => {
                tx.execute(
                    "INSERT INTO contact (partner_id, position_no, name, position, phone, email) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![id, no as i64, c.name, c.position, c.phone, c.email],
                )?;
            }
        }
    }
    let contacts: Vec<&str> = input.contacts.iter().map(|c| c.name.as_str()).collect();
    write_search(tx, id, &input.name, &input.short_name, &input.notes, &contacts)
}

/// The search document of one partner: its name, short name, notes and contact names, folded.
fn write_search(tx: &Connection, id: i64, name: &str, short_name: &str, notes: &str, contacts: &[&str]) -> Result<()> {
    let mut body = vec![name, short_name, notes];
    body.extend(contacts);
    tx.execute("DELETE FROM partner_search WHERE rowid = ?1", [id])?;
    tx.execute(
        "INSERT INTO partner_search (rowid, body) VALUES (?1, ?2)",
        params![id, text::fold(&body.join("\n"))],
    )?;
    Ok(())
}

impl Store {
    /// Writes every partner's search document again (after an import).
    pub(super) fn rebuild_search(&self, tx: &Connection) -> Result<()> {
        tx.execute("DELETE FROM partner_search", [])?;
        let partners: Vec<(i64, String, String, String)> = tx
            .prepare("SELECT id, name, short_name, notes FROM partner")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut contacts = tx.prepare("SELECT name FROM contact WHERE partner_id = ?1 ORDER BY position_no")?;
        for (id, name, short, notes) in partners {
            let names: Vec<String> = contacts.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            write_search(tx, id, &name, &short, &notes, &refs)?;
        }
        Ok(())
    }
}

fn sort_summaries(rows: &mut [(PartnerSummary, i64)], sort: PartnerSort, dir: SortDirection) {
    let name = |s: &PartnerSummary| text::sort_key(&s.name);
    match sort {
        PartnerSort::Name => rows.sort_by_cached_key(|(s, _)| (name(s), s.id)),
        PartnerSort::Category => rows.sort_by_cached_key(|(s, pos)| (*pos, name(s), s.id)),
        PartnerSort::Contact => {
            rows.sort_by_cached_key(|(s, _)| (s.contact.is_empty(), text::sort_key(&s.contact), name(s), s.id))
        }
        PartnerSort::Updated => rows.sort_by_cached_key(|(s, _)| (s.updated_at.clone(), s.id)),
    }
    if dir == SortDirection::Desc {
        rows.reverse();
    }
}

impl Store {
    /// A partner by its id (digits) or by its exact name, case-insensitively.
    /// The partner whose name has this key (`text::name_key`), the oldest if several.
    pub fn partner_by_key(&self, key: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM partner WHERE name_key = ?1 ORDER BY id LIMIT 1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn find_partner(&self, id_or_name: &str) -> Result<i64> {
        let key = id_or_name.trim();
        if let Ok(id) = key.parse::<i64>() {
            return self.partner(id).map(|p| p.id);
        }
        let wanted = text::fold(key);
        let mut stmt = self.conn.prepare_cached("SELECT id, name FROM partner ORDER BY id")?;
        let ids: Vec<i64> = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|r| r.ok())
            .filter(|(_, n)| text::fold(n.trim()) == wanted)
            .map(|(id, _)| id)
            .collect();
        match ids.as_slice() {
            [id] => Ok(*id),
            [] => Err(Error::NotFound { entity: "partner", id: key.to_string() }),
            _ => Err(Error::PartnerAmbiguous(key.to_string())),
        }
    }
}
