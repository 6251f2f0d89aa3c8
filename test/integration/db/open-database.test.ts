import { sql } from 'kysely'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { readSchemaVersion } from '../../../src-main/db/migrator'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import { emptyPartnerInput } from '../../../src-main/shared/schemas/partner.schema'
import { makeTempFolder } from '../../support/temp-database'
import { rmSync } from 'node:fs'

describe('opening the database', () => {
  let folder: string
  let file: string
  beforeEach(() => {
    folder = makeTempFolder()
    file = join(folder, 'alliance-conventions.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('creates the schema from zero, records its version and seeds the reference data', async () => {
    const opened = await openDatabase(file)
    try {
      expect(opened.migration).toEqual({ fromVersion: 0, toVersion: MIGRATIONS.length })
      expect(await readSchemaVersion(opened.db)).toBe(MIGRATIONS.length)
      const reference = await createAppServices({
        db: opened.db,
        databasePath: file,
        version: 't'
      }).reference.get()
      expect(reference.engagements).toHaveLength(4)
      expect(reference.actionDomains).toHaveLength(12)
      expect(reference.actionDomains.map((domain) => domain.label)).toEqual(
        expect.arrayContaining([
          'Lieux partagés',
          'Maintien à domicile',
          'Économie circulaire',
          'Inclusion numérique'
        ])
      )
      const engagementCodes = new Set(reference.engagements.map((engagement) => engagement.code))
      expect(reference.actionDomains.every((domain) => engagementCodes.has(domain.engagement))).toBe(true)
      expect(reference.partnershipTypes.map((type) => type.label)).toEqual([
        'Coopération économique',
        'Innovation sociale',
        'Pratiques responsables',
        'Mécénat'
      ])
      expect(reference.benefits).toHaveLength(5)
      // Legal forms only: statuses such as ESAT are recorded apart since migration 0025.
      expect(reference.legalForms.map((form) => form.code)).toEqual([
        'association-1901',
        'foundation',
        'scop',
        'scic',
        'mutual',
        'sa',
        'sas',
        'sarl',
        'public-body',
        'other'
      ])
      expect(reference.headNetworks.length).toBeGreaterThan(5)
    } finally {
      await opened.close()
    }
  })

  it('runs in WAL mode with foreign keys enforced and full synchronous commits', async () => {
    const opened = await openDatabase(file)
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(opened.db)).rows[0] ?? {}
        )[0]
      expect(await pragma('journal_mode')).toBe('wal')
      expect(await pragma('foreign_keys')).toBe(1)
      expect(await pragma('synchronous')).toBe(2)
    } finally {
      await opened.close()
    }
  })

  it('keeps what was written after closing and reopening, without migrating again', async () => {
    const first = await openDatabase(file)
    const services = createAppServices({ db: first.db, databasePath: file, version: 't' })
    await services.partners.create({
      ...emptyPartnerInput(),
      name: 'Recyclerie du Pays basque',
      legalForm: 'scic'
    })
    await first.close()

    const second = await openDatabase(file)
    try {
      expect(second.migration.fromVersion).toBe(MIGRATIONS.length)
      const again = createAppServices({ db: second.db, databasePath: file, version: 't' })
      expect((await again.partners.list()).map((partner) => partner.name)).toEqual([
        'Recyclerie du Pays basque'
      ])
    } finally {
      await second.close()
    }
  })

  it('refuses a database made by a newer version, and leaves it untouched', async () => {
    const opened = await openDatabase(file)
    await sql.raw(`pragma user_version = ${MIGRATIONS.length + 5}`).execute(opened.db)
    await opened.close()
    await expect(openDatabase(file)).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      message: expect.stringContaining('version plus récente')
    })
    const reopened = await openDatabase(file, {
      migrations: [...MIGRATIONS, ...Array(5).fill(MIGRATIONS[0])]
    })
    expect(await readSchemaVersion(reopened.db)).toBe(MIGRATIONS.length + 5)
    await reopened.close()
  })

  it('enforces the schema constraints itself, whatever the service does', async () => {
    const opened = await openDatabase(file)
    try {
      const now = new Date().toISOString()
      const base = {
        name: 'X',
        legal_form: 'scop',
        search_text: 'x',
        created_at: now,
        updated_at: now,
        labelled: 0,
        general_interest: 0
      }
      await expect(
        opened.db
          .insertInto('partners')
          .values({ ...base, legal_form: 'inconnue' })
          .execute()
      ).rejects.toThrow(/FOREIGN KEY/)
      await expect(
        opened.db
          .insertInto('partners')
          .values({ ...base, siret: '123' })
          .execute()
      ).rejects.toThrow(/CHECK/)
      await opened.db
        .insertInto('partners')
        .values({ ...base, siret: '33456789800013' })
        .execute()
      await expect(
        opened.db
          .insertInto('partners')
          .values({ ...base, siret: '33456789800013' })
          .execute()
      ).rejects.toThrow(/UNIQUE/)
      await expect(
        opened.db
          .insertInto('partners')
          .values({ ...base, labelled: 'oui' as unknown as number })
          .execute()
      ).rejects.toThrow()
    } finally {
      await opened.close()
    }
  })

  it('says in French that a file which is not a database cannot be opened', async () => {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(
      file,
      'ceci n’est pas une base SQLite, mais un fichier texte assez long pour avoir un en-tête'.repeat(20)
    )
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DATABASE_CORRUPT' })
  })
})
