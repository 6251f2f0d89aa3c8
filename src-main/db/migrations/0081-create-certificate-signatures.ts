import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Cryptographic signatures (PAdES on the PDF, OOXML on the Word file) of a version "for signature". Each party
// signs once per source version (the unique index refuses a double click); each signature produces a PDF and a Word
// version that carry every signature so far. `document_sha256` is the PDF as issued for signature, before any
// signature: the audit trail page prints it. `imported_from` names the exchange bundle a partner's signature came
// back in.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table certificate_signatures (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    amendment_id integer references agreement_amendments(id) on delete cascade,
    source_version_id integer not null references document_versions(id) on delete cascade,
    pdf_version_id integer not null references document_versions(id) on delete cascade,
    docx_version_id integer references document_versions(id) on delete cascade,
    party text not null check (party in ('la-poste', 'partner')),
    party_name text not null,
    signer_name text not null,
    signer_title text not null,
    place text not null,
    signed_at text not null,
    identification text not null,
    certificate_subject text not null,
    certificate_fingerprint text not null,
    level text not null check (level in ('simple', 'advanced')),
    document_sha256 text not null check (length(document_sha256) = 64),
    imported_from text,
    created_at text not null
  ) strict`.execute(db)
  await sql`create unique index certificate_signatures_party
    on certificate_signatures(source_version_id, party)`.execute(db)
  await sql`create index certificate_signatures_agreement
    on certificate_signatures(agreement_id, amendment_id)`.execute(db)
}
