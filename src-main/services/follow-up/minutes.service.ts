import { rm } from 'node:fs/promises'
import { frenchShortDate } from '../../shared/format/short-date'
import type { AppDatabase } from '../../db/schema'
import type { CommitteeMeeting } from '../../shared/domain/follow-up'
import { AppError, ConflictError, NotFoundError } from '../../shared/errors'
import type { MinutesInput } from '../../shared/schemas/follow-up.schema'
import { addHistory } from '../agreements/agreement.repository'
import { documentPath, readDocument, sha256, storeDocument } from '../documents/document-files'
import { writeFileAtomic } from '../files/atomic-write'
import { findMeetingRow, toMeeting } from './follow-up.repository'
import { checkedMinutesType, displayFileName, safeStem } from './minutes-file'

export interface MinutesServiceDeps {
  db: AppDatabase
  folder: string
  now?: () => Date
}

/**
 * Minutes of a committee meeting: a dropped file, hostile until checked (type by content, size by the schema),
 * copied atomically into `documents/<reference>/suivi/` under a name of its own, recorded with its SHA-256.
 */
export function createMinutesService({ db, folder, now = () => new Date() }: MinutesServiceDeps) {
  async function meetingWithReference(meetingId: number) {
    const row = await findMeetingRow(db, meetingId)
    if (!row) throw new NotFoundError('Ce comité de suivi n’existe pas.')
    const agreement = await db
      .selectFrom('agreements')
      .select('reference')
      .where('id', '=', row.agreement_id)
      .executeTakeFirstOrThrow()
    return { row, reference: agreement.reference }
  }

  async function attach(input: MinutesInput): Promise<CommitteeMeeting> {
    const bytes = Buffer.from(input.dataBase64, 'base64')
    const type = checkedMinutesType(bytes)
    const { row, reference } = await meetingWithReference(input.meetingId)
    const shownName = displayFileName(input.fileName)
    const at = now().toISOString()
    // The stamp and id make the name unique to this call: a second attachment never overwrites the first one's file.
    const stamp = at.replace(/[-:.TZ]/g, '').slice(0, 17)
    const fileName = await storeDocument(
      folder,
      `${reference}/suivi/comite-${row.held_on}-${row.id}-${stamp}-${safeStem(shownName)}.${type}`,
      bytes
    )
    try {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('committee_meetings')
          .set({
            minutes_original_name: shownName,
            minutes_file_name: fileName,
            minutes_type: type,
            minutes_sha256: sha256(bytes),
            minutes_size_bytes: bytes.length,
            updated_at: at
          })
          .where('id', '=', row.id)
          .execute()
        await addHistory(trx, row.agreement_id, at, {
          kind: 'changed',
          summary: `Compte rendu joint au comité du ${frenchShortDate(row.held_on)} : ${shownName}.`
        })
      })
    } catch (error) {
      await rm(documentPath(folder, fileName), { force: true })
      throw error
    }
    const updated = await findMeetingRow(db, row.id)
    if (!updated) throw new NotFoundError('Ce comité de suivi n’existe plus.')
    return toMeeting(updated)
  }

  /** A copy of the minutes where the coordinator chose, once the stored file is checked against its fingerprint. */
  async function saveAs(meetingId: number, target: string): Promise<{ savedTo: string }> {
    const { row } = await meetingWithReference(meetingId)
    if (row.minutes_file_name === null) throw new NotFoundError('Aucun compte rendu n’est joint à ce comité.')
    const bytes = await readDocument(folder, row.minutes_file_name).catch(() => {
      throw new AppError(
        'NOT_FOUND',
        'Le fichier du compte rendu est introuvable dans le dossier des documents.'
      )
    })
    if (sha256(bytes) !== row.minutes_sha256)
      throw new ConflictError('Le fichier du compte rendu a été modifié depuis qu’il a été joint.')
    await writeFileAtomic(target, bytes)
    return { savedTo: target }
  }

  async function suggestedName(meetingId: number): Promise<string> {
    const { row } = await meetingWithReference(meetingId)
    return row.minutes_original_name ?? 'compte-rendu'
  }

  return { attach, saveAs, suggestedName }
}
