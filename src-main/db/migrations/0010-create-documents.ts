import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Documents issued for an agreement (or one of its amendments): every generated file is a version with its
// SHA-256, so the app can later tell whether a file it is shown is one it issued, unchanged. Signatures point at the
// exact version they apply to; amendments are numbered per agreement.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table agreement_amendments (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    number integer not null check (number >= 1),
    reason text not null,
    effective_date text check (effective_date is null or effective_date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changes text not null check (json_valid(changes)),
    status text not null default 'draft' check (status in ('draft', 'signed')),
    created_at text not null,
    signed_at text,
    unique (agreement_id, number)
  ) strict`.execute(db)

  await sql`create table document_versions (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    amendment_id integer references agreement_amendments(id) on delete cascade,
    version integer not null check (version >= 1),
    kind text not null check (kind in ('draft', 'for_signature', 'signed')),
    format text not null check (format in ('docx', 'pdf')),
    file_name text not null,
    sha256 text not null check (length(sha256) = 64),
    size_bytes integer not null check (size_bytes > 0),
    document_id text not null unique,
    content_fingerprint text not null,
    created_at text not null
  ) strict`.execute(db)
  await sql`create unique index document_versions_number
    on document_versions(agreement_id, coalesce(amendment_id, 0), version, format)`.execute(db)
  await sql`create index document_versions_sha256 on document_versions(sha256)`.execute(db)

  await sql`create table document_signatures (
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
    check ((method = 'drawn') = (image_png is not null)),
    check ((method = 'scanned') = (scan_file_name is not null))
  ) strict`.execute(db)
  await sql`create index document_signatures_version on document_signatures(version_id)`.execute(db)
  await sql`create index document_signatures_agreement on document_signatures(agreement_id, amendment_id)`.execute(
    db
  )
}
