import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

const now = '2026-11-30T10:00:00.000Z'
const sha = 'd'.repeat(64)

describe('migration 0080-create-signing-certificates', () => {
  const step = useMigrationStep('0080-create-signing-certificates')

  it('adds certificates and trusted authorities beside existing agreements; a fingerprint is stored once', async () => {
    await insertBareAgreement((await step.before()).db, 1, now)
    const { db } = await step.after()
    expect(await db.selectFrom('agreements').select('id').execute()).toEqual([{ id: 1 }])
    const certificate = (fingerprint: string, protection = 'passphrase', chain = '[]') =>
      sql`insert into signing_certificates (origin, holder, subject, issuer, fingerprint, valid_from, valid_to,
        certificate_der, chain_der, protection, sealed_key, created_at)
        values ('personal', 'Claire Martin', 'CN=Claire Martin', 'CN=AC', ${fingerprint}, ${now}, ${now},
        ${Buffer.from([1])}, ${chain}, ${protection}, ${Buffer.from([2])}, ${now})`.execute(db)
    await certificate('AA:BB')
    await expect(certificate('AA:BB')).rejects.toThrow(/UNIQUE/)
    await expect(certificate('CC:DD', 'clear')).rejects.toThrow(/CHECK/)
    await expect(certificate('EE:FF', 'passphrase', '{}')).rejects.toThrow(/CHECK/)
    const authority = () =>
      sql`insert into trusted_authorities (name, subject, fingerprint, valid_to, certificate_der, added_at)
        values ('AC', 'CN=AC', '11:22', ${now}, ${Buffer.from([3])}, ${now})`.execute(db)
    await authority()
    await expect(authority()).rejects.toThrow(/UNIQUE/)
  })
})

describe('migration 0081-create-certificate-signatures', () => {
  const step = useMigrationStep('0081-create-certificate-signatures')

  it('records one signature per party and source version, tied to existing versions', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    await sql`insert into document_versions (id, agreement_id, version, kind, format, file_name, sha256, size_bytes,
      document_id, content_fingerprint, created_at)
      values (1, 1, 1, 'for_signature', 'docx', 'a.docx', ${sha}, 10, 'id-1', 'x', ${now}),
             (2, 1, 1, 'for_signature', 'pdf', 'a.pdf', ${sha}, 10, 'id-2', 'x', ${now})`.execute(old.db)
    const { db } = await step.after()
    const signature = (party: string, level = 'advanced', sourceVersion = 1) =>
      sql`insert into certificate_signatures (agreement_id, source_version_id, pdf_version_id, party, party_name,
        signer_name, signer_title, place, signed_at, identification, certificate_subject, certificate_fingerprint,
        level, document_sha256, created_at)
        values (1, ${sourceVersion}, 2, ${party}, 'La Poste', 'Claire Martin', '', 'Bordeaux', ${now}, 'certificat',
        'CN=Claire Martin', 'AA', ${level}, ${sha}, ${now})`.execute(db)
    await signature('la-poste')
    await expect(signature('la-poste')).rejects.toThrow(/UNIQUE/)
    await expect(signature('partner', 'qualified')).rejects.toThrow(/CHECK/)
    await expect(signature('partner', 'simple', 99)).rejects.toThrow(/FOREIGN KEY/)
    await signature('partner', 'simple')
    await sql`delete from agreements where id = 1`.execute(db)
    expect(await db.selectFrom('certificate_signatures').select('id').execute()).toEqual([])
  })
})
