import type { AppDatabase } from '../../db/schema'
import type { ExportSelection } from '../../shared/domain/exchange'
import { ValidationError } from '../../shared/errors'

/** Ids of the agreements a selection covers, by reference order. */
export async function selectAgreementIds(db: AppDatabase, selection: ExportSelection): Promise<number[]> {
  let query = db
    .selectFrom('agreements')
    .leftJoin('partners', 'partners.id', 'agreements.partner_id')
    .select('agreements.id')
    .orderBy('agreements.reference')
  switch (selection.kind) {
    case 'all':
      break
    case 'headNetwork':
      query = query.where('partners.head_network_id', '=', selection.headNetworkId)
      break
    case 'ids':
      if (selection.ids.length === 0)
        throw new ValidationError('Choisissez au moins une convention à exporter.')
      query = query.where('agreements.id', 'in', selection.ids)
      break
    case 'period':
      // The period is on the start date: a head network consolidates the partnerships that started in a campaign.
      if (selection.from !== null) query = query.where('agreements.start_date', '>=', selection.from)
      if (selection.to !== null) query = query.where('agreements.start_date', '<=', selection.to)
      query = query.where('agreements.start_date', 'is not', null)
      break
  }
  const ids = (await query.execute()).map((row) => row.id)
  if (ids.length === 0) throw new ValidationError('Aucune convention ne correspond à cette sélection.')
  return ids
}

/** Finds a head network by name or acronym, ignoring case and accents (the CLI's `--network NAME`). */
export async function findHeadNetworkId(db: AppDatabase, name: string): Promise<number> {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .trim()
      .toLowerCase()
  const rows = await db.selectFrom('head_networks').select(['id', 'name', 'acronym']).execute()
  const match = rows.find(
    (row) => fold(row.name) === fold(name) || (row.acronym !== null && fold(row.acronym) === fold(name))
  )
  if (!match) throw new ValidationError(`Tête de réseau inconnue : « ${name} ».`)
  return match.id
}
