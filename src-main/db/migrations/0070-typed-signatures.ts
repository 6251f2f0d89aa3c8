import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// A signatory who cannot draw (keyboard only) signs by typing their name: method « typed », kept apart from « drawn »
// so the certificate says so. Its image is the typed name as shown, so both local electronic methods carry one.
// SQLite cannot change a check in place: the table is rebuilt as 0021 did (nothing references it; plain copy).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table document_signatures_next (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    amendment_id integer references agreement_amendments(id) on delete cascade,
    version_id integer not null references document_versions(id) on delete cascade,
    party text not null check (party in ('la-poste', 'partner')),
    signer_name text not null,
    signer_title text not null,
    signed_at text not null,
    place text not null,
    method text not null check (method in ('drawn', 'typed', 'scanned')),
    document_sha256 text not null check (length(document_sha256) = 64),
    image_png blob,
    scan_file_name text,
    scan_sha256 text,
    created_at text not null,
    imported_from text,
    check (imported_from is not null or (method in ('drawn', 'typed')) = (image_png is not null)),
    check (imported_from is not null or (method = 'scanned') = (scan_file_name is not null))
  ) strict`.execute(db)
  await sql`insert into document_signatures_next (id, agreement_id, amendment_id, version_id, party, signer_name,
    signer_title, signed_at, place, method, document_sha256, image_png, scan_file_name, scan_sha256, created_at,
    imported_from)
    select id, agreement_id, amendment_id, version_id, party, signer_name, signer_title, signed_at, place, method,
      document_sha256, image_png, scan_file_name, scan_sha256, created_at, imported_from
    from document_signatures`.execute(db)
  await sql`drop table document_signatures`.execute(db)
  await sql`alter table document_signatures_next rename to document_signatures`.execute(db)
  await sql`create index document_signatures_version on document_signatures(version_id)`.execute(db)
  await sql`create index document_signatures_agreement on document_signatures(agreement_id, amendment_id)`.execute(
    db
  )
}
