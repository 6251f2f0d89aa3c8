import { parseArgs } from 'node:util'
import { seedBulkAgreements } from '../../services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../services/demo/demo.service'
import { ValidationError } from '../../shared/errors'
import type { CliContext } from '../cli-io'

const MAX_BULK_AGREEMENTS = 100_000

/** Parses `--agreements N` before anything is written, so a wrong value leaves the database untouched. */
function parseBulkCount(value: string | undefined): number | null {
  if (value === undefined) return null
  const count = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count) || count < 1 || count > MAX_BULK_AGREEMENTS)
    throw new ValidationError(
      `--agreements attend un nombre entier entre 1 et ${MAX_BULK_AGREEMENTS} (reçu : « ${value} »).`
    )
  return count
}

export async function runDemo(args: string[], { db, services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { agreements: { type: 'string' } },
    strict: true,
    allowPositionals: false
  })
  const bulkCount = parseBulkCount(values.agreements)
  const outcome = await seedDemoData(db, services)
  output.out(
    `Données d'exemple : ${outcome.partnersCreated} partenaire(s) ajouté(s), ${outcome.partnersExisting} déjà présent(s) ; ` +
      `${outcome.needsCreated} besoin(s) local(aux) ajouté(s), ${outcome.needsExisting} déjà présent(s) ; ` +
      `${outcome.agreementsCreated} convention(s) ajoutée(s), ${outcome.agreementsExisting} déjà présente(s).`
  )
  output.out(`${outcome.amendmentsCreated} avenant(s) d'exemple ajouté(s).`)
  if (bulkCount !== null) {
    const started = performance.now()
    const created = await seedBulkAgreements(db, bulkCount, new Date())
    output.out(
      `${created} convention(s) de test ajoutée(s) en ${((performance.now() - started) / 1000).toFixed(1)} s.`
    )
  }
}
