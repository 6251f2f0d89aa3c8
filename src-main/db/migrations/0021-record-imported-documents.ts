import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Documents and signatures received in an exchange bundle are recorded like the ones issued here, so « Vérifier un
// document » recognises them on the importing installation, with where they came from (`imported_from` names the
// bundle, `issued_by` the coordinator who issued them; both null for what this installation issued itself).
// A version number is unique per origin: the other installation numbered its own versions.
// An imported signature has no image (the signed file carries it), so the signatures table is rebuilt with its
// method checks applied to local signatures only; nothing references it, so the rebuild is a plain copy.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table document_versions add column imported_from text`.execute(db)
  await sql`alter table document_versions add column issued_by text`.execute(db)
  await sql`drop index document_versions_number`.execute(db)
  await sql`create unique index document_versions_number
    on document_versions(agreement_id, coalesce(amendment_id, 0), version, format, coalesce(imported_from, ''))`.execute(
    db
  )

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
    method text not null check (method in ('drawn', 'scanned')),
    document_sha256 text not null check (length(document_sha256) = 64),
    image_png blob,
    scan_file_name text,
    scan_sha256 text,
    created_at text not null,
    imported_from text,
    check (imported_from is not null or (method = 'drawn') = (image_png is not null)),
    check (imported_from is not null or (method = 'scanned') = (scan_file_name is not null))
  ) strict`.execute(db)
  await sql`insert into document_signatures_next (id, agreement_id, amendment_id, version_id, party, signer_name,
    signer_title, signed_at, place, method, document_sha256, image_png, scan_file_name, scan_sha256, created_at)
    select id, agreement_id, amendment_id, version_id, party, signer_name, signer_title, signed_at, place, method,
      document_sha256, image_png, scan_file_name, scan_sha256, created_at
    from document_signatures`.execute(db)
  await sql`drop table document_signatures`.execute(db)
  await sql`alter table document_signatures_next rename to document_signatures`.execute(db)
  await sql`create index document_signatures_version on document_signatures(version_id)`.execute(db)
  await sql`create index document_signatures_agreement on document_signatures(agreement_id, amendment_id)`.execute(
    db
  )
}
