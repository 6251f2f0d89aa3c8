import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../src-main/db/open-database'
import { createAppServices } from '../../src-main/services/app-services'
import { foldForSearch } from '../../src-main/shared/validation/search-text'
import { makeTempFolder } from '../support/temp-database'
import { medianMs, report } from './measure'

const PARTNER_COUNT = 10_000
const COMMUNES = [
  'Bordeaux',
  'Pessac',
  'Mérignac',
  'Bayonne',
  'Pau',
  'Agen',
  'Périgueux',
  'Mont-de-Marsan',
  'Dax',
  'Libourne'
]
const KINDS = [
  'Association',
  'ESAT',
  'Recyclerie',
  'Banque alimentaire',
  'Épicerie solidaire',
  'Chantier d’insertion'
]

/** Opening and migrating a fresh database; partner search over 10,000 structures. */
export async function benchPartners(): Promise<void> {
  const folder = makeTempFolder('alliance-bench-')
  try {
    let counter = 0
    const openMs = await medianMs(9, async () => {
      const opened = await openDatabase(join(folder, `fresh-${counter++}.sqlite`))
      await opened.close()
    })
    report('open + migrate a fresh database (median of 9)', openMs)

    const file = join(folder, 'partners.sqlite')
    const opened = await openDatabase(file)
    const services = createAppServices({ db: opened.db, databasePath: file, version: 'bench' })
    const now = new Date().toISOString()
    await opened.db.transaction().execute(async (trx) => {
      for (let index = 0; index < PARTNER_COUNT; index += 1) {
        const name = `${KINDS[index % KINDS.length]} ${index} de ${COMMUNES[index % COMMUNES.length]}`
        const commune = COMMUNES[(index * 7) % COMMUNES.length] as string
        await trx
          .insertInto('partners')
          .values({
            name,
            legal_form: 'association-1901',
            commune,
            search_text: foldForSearch(`${name} ${commune}`),
            labelled: 0,
            general_interest: 0,
            created_at: now,
            updated_at: now
          })
          .execute()
      }
    })
    for (const search of ['recyclerie', 'epicerie pessac', '4242', 'zzz-introuvable']) {
      const ms = await medianMs(21, () => services.partners.list({ search }))
      report(`partner search "${search}" over ${PARTNER_COUNT} partners (median of 21)`, ms)
    }
    await opened.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
