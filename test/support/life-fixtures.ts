import { strFromU8, unzipSync } from 'fflate'
import { createAppServices, type AppServices } from '../../src-main/services/app-services'
import type { PartnershipTypeCode } from '../../src-main/shared/reference/reference-data'
import type { AgreementContent } from '../../src-main/shared/schemas/agreement.schema'
import { readyAgreement, signBoth } from './document-fixtures'
import type { TempDatabase } from './temp-database'

/** The same database seen by services whose clock says `isoDate` at noon (local time). */
export function servicesAt(database: TempDatabase, isoDate: string): AppServices {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return createAppServices({
    db: database.db,
    databasePath: database.file,
    version: 'test',
    now: () => new Date(year, month - 1, day, 12, 0, 0)
  })
}

/**
 * A convention signed the way a coordinator signs it (version for signature, both parties drawing), starting on
 * 2030-01-01 for 12 months unless `changes` say otherwise (applied while it is still a draft).
 */
export async function signedAgreement(
  services: AppServices,
  type: PartnershipTypeCode = 'social-innovation',
  changes: Partial<AgreementContent> = {}
) {
  const ready = await readyAgreement(services, type)
  if (Object.keys(changes).length > 0) {
    await services.agreements.transition({ id: ready.id, to: 'draft' })
    await services.agreements.saveDraft({ id: ready.id, changes })
    await services.agreements.transition({ id: ready.id, to: 'ready_for_signature' })
  }
  const version = await services.documents.generate({ agreementId: ready.id })
  await signBoth(services, version.id)
  return (await services.agreements.get(ready.id)).agreement
}

/** The text of a DOCX, one line per paragraph, read from its document.xml (entities decoded). */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array)
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('')
    )
    .filter((line) => line !== '')
    .join('\n')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
