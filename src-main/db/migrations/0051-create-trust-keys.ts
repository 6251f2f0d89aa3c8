import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// The trust model of exchange bundles. `installation_key` holds this installation's own Ed25519 key pair (one row,
// created at first start), with which every export is signed; it lives in the database so a backup or a restore
// keeps the installation's identity. `known_senders` remembers the keys a coordinator accepted (trust on first use):
// a bundle signed by another key under a known sender's name is flagged. `received_bundles` records, per imported
// bundle, who signed it and whether the signature checked: what « Vérifier un document » may say of a received file.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table installation_key (
    id integer primary key check (id = 1),
    public_key blob not null check (length(public_key) = 32),
    private_key blob not null,
    created_at text not null
  ) strict`.execute(db)
  await sql`create table known_senders (
    fingerprint text primary key check (length(fingerprint) = 64),
    public_key blob not null check (length(public_key) = 32),
    identity text not null,
    name text not null,
    region text not null,
    accepted_at text not null,
    last_bundle_at text not null
  ) strict`.execute(db)
  await sql`create index known_senders_identity on known_senders(identity)`.execute(db)
  await sql`create table received_bundles (
    bundle_id text primary key,
    sender_name text not null,
    sender_region text not null,
    key_fingerprint text check (key_fingerprint is null or length(key_fingerprint) = 64),
    received_at text not null
  ) strict`.execute(db)
}
