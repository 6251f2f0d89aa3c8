import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { AppDatabase } from '../../db/schema'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import { buildTerminationLetter } from '../../shared/documents/build-termination-letter'
import type { TerminationLetter } from '../../shared/domain/follow-up'
import type { Partner } from '../../shared/domain/partner'
import { AppError, ConflictError, NotFoundError } from '../../shared/errors'
import type { Settings } from '../../shared/schemas/settings.schema'
import type { AgreementService } from '../agreements/agreement.service'
import { addHistory } from '../agreements/agreement.repository'
import { documentPath, readDocument, sha256, storeDocument } from '../documents/document-files'
import { writeFileAtomic } from '../files/atomic-write'
import { packLetter } from './letter-docx'
import { findLetter, findTermination } from './lifecycle.repository'

export interface TerminationLetterDeps {
  db: AppDatabase
  folder: string
  agreements: AgreementService
  partner: (id: number) => Promise<Partner>
  settings: () => Promise<Settings>
  now?: () => Date
}

export const LETTER_KIND_LABEL = 'Lettre de résiliation'

/** The day the convention was signed, from its history (null for one received already signed). */
async function signedOn(db: AppDatabase, agreementId: number): Promise<string | null> {
  const row = await db
    .selectFrom('agreement_history')
    .select('at')
    .where('agreement_id', '=', agreementId)
    .where('to_status', '=', 'signed')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  return row ? localIsoDate(new Date(row.at)) : null
}

/** Termination letters as Word files, recorded with their fingerprint in their own table. */
export function createTerminationLetterService({
  db,
  folder,
  agreements,
  partner,
  settings,
  now = () => new Date()
}: TerminationLetterDeps) {
  async function issue(agreementId: number): Promise<TerminationLetter> {
    const { agreement } = await agreements.get(agreementId)
    const termination = await findTermination(db, agreementId)
    if (!termination) throw new ConflictError(`La convention ${agreement.reference} n’est pas résiliée.`)
    const partnerRecord = agreement.partnerId === null ? null : await partner(agreement.partnerId)
    const model = buildTerminationLetter(
      {
        reference: agreement.reference,
        title: agreement.title,
        signedOn: await signedOn(db, agreementId),
        effectiveDate: termination.effectiveDate,
        reason: termination.reason,
        decidedBy: termination.decidedBy,
        laPosteSignatory: agreement.laPosteSignatory,
        place: agreement.place,
        writtenOn: localIsoDate(now()),
        partner: partnerRecord,
        partnerSignatory:
          partnerRecord?.contacts.find((contact) => contact.id === agreement.partnerSignatoryContactId) ??
          null,
        settings: await settings()
      },
      { reference: agreement.reference, version: 1, kindLabel: LETTER_KIND_LABEL }
    )
    const at = now().toISOString()
    // Numbered inside the write transaction: two clicks get two numbers, never one file written twice.
    return db.transaction().execute(async (trx) => {
      const { count } = await trx
        .selectFrom('termination_letters')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('agreement_id', '=', agreementId)
        .executeTakeFirstOrThrow()
      const number = Number(count) + 1
      model.meta.version = number
      const bytes = await packLetter(model, randomUUID())
      const fileName = await storeDocument(
        folder,
        `${agreement.reference}/${agreement.reference}-lettre-resiliation-${number}.docx`,
        bytes
      )
      try {
        const row = await trx
          .insertInto('termination_letters')
          .values({
            agreement_id: agreementId,
            file_name: fileName,
            sha256: sha256(bytes),
            size_bytes: bytes.length,
            created_at: at
          })
          .returningAll()
          .executeTakeFirstOrThrow()
        await addHistory(trx, agreementId, at, {
          kind: 'changed',
          summary: `Lettre de résiliation émise (n° ${number}).`
        })
        return {
          id: row.id,
          fileName: row.file_name,
          sha256: row.sha256,
          sizeBytes: row.size_bytes,
          createdAt: row.created_at
        }
      } catch (error) {
        await rm(documentPath(folder, fileName), { force: true })
        throw error
      }
    })
  }

  async function letter(letterId: number) {
    const row = await findLetter(db, letterId)
    if (!row) throw new NotFoundError(`La lettre n° ${letterId} n'existe pas.`)
    return row
  }

  /** A copy of the letter where the coordinator chose, after checking the stored file was not altered. */
  async function saveAs(letterId: number, target: string): Promise<{ savedTo: string }> {
    const row = await letter(letterId)
    const recorded = await db
      .selectFrom('termination_letters')
      .select('sha256')
      .where('id', '=', letterId)
      .executeTakeFirstOrThrow()
    const bytes = await readDocument(folder, row.file_name).catch(() => {
      throw new AppError(
        'NOT_FOUND',
        'Le fichier de la lettre est introuvable dans le dossier des documents.'
      )
    })
    if (sha256(bytes) !== recorded.sha256)
      throw new ConflictError('Le fichier de la lettre a été modifié depuis son émission : régénérez-la.')
    await writeFileAtomic(target, bytes)
    return { savedTo: target }
  }

  return {
    issue,
    saveAs,
    suggestedName: async (letterId: number) => {
      const row = await letter(letterId)
      return row.file_name.split('/').pop() ?? `${row.reference}-lettre-resiliation.docx`
    }
  }
}
