import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Certificates that sign documents cryptographically. A signing certificate is a personal one imported from a
// PKCS#12 file, or a local one this installation issued for itself; its private key is stored sealed, by the
// operating system (safeStorage) or by a passphrase (scrypt + AES-GCM), never in clear. Trusted authorities are the
// certification authorities whose certificates this installation accepts for advanced signatures.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table signing_certificates (
    id integer primary key,
    origin text not null check (origin in ('personal', 'local')),
    holder text not null,
    subject text not null,
    issuer text not null,
    fingerprint text not null unique,
    valid_from text not null,
    valid_to text not null,
    certificate_der blob not null,
    chain_der text not null check (json_valid(chain_der) and json_type(chain_der) = 'array'),
    protection text not null check (protection in ('system', 'passphrase')),
    sealed_key blob not null,
    created_at text not null
  ) strict`.execute(db)

  await sql`create table trusted_authorities (
    id integer primary key,
    name text not null,
    subject text not null,
    fingerprint text not null unique,
    valid_to text not null,
    certificate_der blob not null,
    added_at text not null
  ) strict`.execute(db)
}
