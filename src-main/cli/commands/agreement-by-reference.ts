import type { AppDatabase } from '../../db/schema'
import { NotFoundError } from '../../shared/errors'

/** The id of the convention a command names by its reference (`--ref AD-2026-33-0042`). */
export async function agreementIdByReference(db: AppDatabase, reference: string): Promise<number> {
  const row = await db
    .selectFrom('agreements')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirst()
  if (!row) throw new NotFoundError(`Aucune convention de référence ${reference}.`)
  return row.id
}
