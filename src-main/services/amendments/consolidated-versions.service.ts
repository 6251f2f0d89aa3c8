import { Packer } from 'docx'
import type { AppDatabase } from '../../db/schema'
import {
  consolidatedCleanText,
  type ConsolidatedDocument
} from '../../shared/amendments/consolidated-document'
import { NotFoundError } from '../../shared/errors'
import type { DocumentService } from '../documents/documents.service'
import { renderConsolidatedDocx } from '../documents/docx/render-consolidated-docx'
import { writeFileAtomic } from '../files/atomic-write'
import { consolidationOf } from './amendment-consolidation'
import { amendmentRecords } from './amendment-records'

export interface ConsolidatedTarget {
  agreementId: number
  /** Up to this amendment (a draft shows what it would change); null: every signed amendment. */
  amendmentId: number | null
}

/** The convention as amended: Word with tracked changes, and the clean text, for the register and the CLI. */
export function createConsolidatedVersions({
  db,
  documents
}: {
  db: AppDatabase
  documents: Pick<DocumentService, 'target'>
}) {
  async function build({ agreementId, amendmentId }: ConsolidatedTarget): Promise<ConsolidatedDocument> {
    const { sources, wordings } = await documents.target({ agreementId })
    const records = await amendmentRecords(db, agreementId)
    const through = amendmentId === null ? null : records.find((record) => record.id === amendmentId)
    if (through === undefined)
      throw new NotFoundError(`L’avenant n° ${amendmentId} n’existe pas pour cette convention.`)
    const consolidation = consolidationOf(sources, wordings, records, through && { number: through.number })
    const included = new Set(consolidation.steps.map((step) => step.number))
    return {
      reference: sources.agreement.reference,
      title: sources.agreement.title,
      author: sources.settings.coordinator.name.trim() || 'Alliance Conventions',
      amendments: records
        .filter((record) => included.has(record.number))
        .map((record) => ({
          number: record.number,
          status: record.status,
          date: record.signedAt ?? record.createdAt
        })),
      text: consolidation.text
    }
  }

  async function docx(target: ConsolidatedTarget): Promise<Buffer> {
    return Packer.toBuffer(renderConsolidatedDocx(await build(target)))
  }

  async function cleanText(target: ConsolidatedTarget): Promise<string> {
    return consolidatedCleanText(await build(target))
  }

  /** Written whole or not at all (a save dialog's path, or the CLI's output folder). */
  async function writeDocx(target: ConsolidatedTarget, path: string): Promise<string> {
    await writeFileAtomic(path, await docx(target))
    return path
  }

  async function suggestedName(target: ConsolidatedTarget): Promise<string> {
    const document = await build(target)
    const last = document.amendments.at(-1)?.number
    return `${document.reference}-consolidee${last ? `-A${last}` : ''}.docx`
  }

  return { build, docx, cleanText, writeDocx, suggestedName }
}

export type ConsolidatedVersions = ReturnType<typeof createConsolidatedVersions>
