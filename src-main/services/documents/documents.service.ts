import type { AppDatabase } from '../../db/schema'
import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import { renderDocumentHtml } from '../../shared/documents/render-html'
import type { DocumentKind } from '../../shared/documents/labels'
import type { SigningRecord } from '../../shared/documents/signature-block'
import type { AgreementDocuments, DocumentVersion } from '../../shared/domain/document'
import { ConflictError, NotFoundError } from '../../shared/errors'
import type { DocumentTarget } from '../../shared/schemas/document.schema'
import { writeFileAtomic } from '../files/atomic-write'
import { listAmendmentRows, toAmendment } from './amendment.repository'
import { amendmentIssueTarget } from '../amendments/amendment-issue-target'
import type { DocumentShell } from './document-shell'
import { documentPath, readDocument } from './document-files'
import {
  buildModel,
  issueDocx,
  issueVersion,
  producerOf,
  textSha256,
  type IssueTarget
} from './document-issuer'
import { readOncePerBatch } from './batch-sources'
import { loadDocumentSources, type SourceReaders } from './document-sources.loader'
import {
  findVersion,
  latestSignatures,
  listSignatureRows,
  listVersionRows,
  nextVersionNumber,
  toDocumentVersion,
  toSignatureRecord
} from './document.repository'
import { createRenderPool } from './render-pool'
import { pngFromBytes } from './signature-image'

export interface DocumentServiceDeps {
  db: AppDatabase
  folder: string
  readers: SourceReaders
  shell: DocumentShell
  /** The clause library's wordings in force (edited in Settings), read at each issue. */
  wordings: () => Promise<ClauseWordings>
  now?: () => Date
}

export type DocumentService = ReturnType<typeof createDocumentService>

/** Generation, listing, preview, printing and saving of the documents of an agreement and its amendments. */
export function createDocumentService({
  db,
  folder,
  readers,
  shell,
  wordings,
  now = () => new Date()
}: DocumentServiceDeps) {
  /** What a document is about, read through the given readers (a bulk generation reads Settings once). */
  async function targetFrom(
    { agreementId, amendmentId = null }: DocumentTarget,
    sourceReaders: SourceReaders,
    wordingsInForce: () => Promise<ClauseWordings>
  ): Promise<IssueTarget> {
    const [sources, inForce] = await Promise.all([
      loadDocumentSources(sourceReaders, agreementId),
      wordingsInForce()
    ])
    if (amendmentId === null) return { sources, amendment: null, wordings: inForce }
    return amendmentIssueTarget(db, sources, inForce, amendmentId)
  }

  const target = (input: DocumentTarget) => targetFrom(input, readers, wordings)

  /** The recorded signatures of the latest signed version, as the model embeds them. */
  async function recordedSigning(
    agreementId: number,
    amendmentId: number | null
  ): Promise<SigningRecord | undefined> {
    const rows = await latestSignatures(db, agreementId, amendmentId)
    if (rows.length === 0) return undefined
    return {
      signedDocumentSha256: (rows[0] as (typeof rows)[number]).document_sha256,
      signatures: rows.map((row) => {
        const image = row.image_png ? pngFromBytes(row.image_png) : undefined
        return {
          party: row.party,
          signerName: row.signer_name,
          signerTitle: row.signer_title,
          signedAt: row.signed_at,
          place: row.place,
          method: row.method,
          ...(image
            ? { image: { dataUrl: image.dataUrl, widthPx: image.widthPx, heightPx: image.heightPx } }
            : {})
        }
      })
    }
  }

  /** Draft while editable, "for signature" once ready, "signed" once signatures are recorded. */
  async function kindNow(issueTarget: IssueTarget): Promise<{ kind: DocumentKind; signing?: SigningRecord }> {
    const { agreement } = issueTarget.sources
    if (issueTarget.amendment === null && agreement.status === 'draft') return { kind: 'draft' }
    if (issueTarget.amendment === null && agreement.status === 'ready_for_signature')
      return { kind: 'for_signature' }
    const amendmentId = issueTarget.amendment?.id ?? null
    const signing = await recordedSigning(agreement.id, amendmentId)
    if (signing) return { kind: 'signed', signing }
    if ((await certificateSignedWord(agreement.id, amendmentId)) !== undefined)
      throw new ConflictError(
        'Ce texte est signé par certificat : le PDF et le document Word signés font foi. Ouvrez-les depuis la liste des versions ; un nouveau document ne peut pas être émis.'
      )
    return { kind: 'for_signature' }
  }

  /**
   * The Word file both parties signed with their certificates, if they did: that file is the signed original, and
   * issuing the text again would make an unsigned « pour signature » copy of a signed convention.
   */
  async function certificateSignedWord(
    agreementId: number,
    amendmentId: number | null
  ): Promise<DocumentVersion | undefined> {
    const rows = await db
      .selectFrom('certificate_signatures')
      .select(['party', 'docx_version_id'])
      .where('agreement_id', '=', agreementId)
      .where('amendment_id', amendmentId === null ? 'is' : '=', amendmentId)
      .orderBy('id', 'desc')
      .execute()
    if (new Set(rows.map((row) => row.party)).size < 2) return undefined
    const wordId = rows.find((row) => row.docx_version_id !== null)?.docx_version_id
    const word = wordId == null ? undefined : await findVersion(db, wordId)
    return word ? toDocumentVersion(word) : undefined
  }

  /** Issues the DOCX; two at once give two coherent versions (see `issueVersion`). */
  async function generate(input: DocumentTarget): Promise<DocumentVersion> {
    const issueTarget = await target(input)
    return issueDocx(db, folder, { ...issueTarget, ...(await kindNow(issueTarget)) }, now().toISOString())
  }

  /**
   * Generates the documents of many agreements (CLI `--all`, benchmarks): rendering runs in worker threads, one per
   * core, while files and records are written here. Answers the versions in the order of the ids; a convention
   * signed with certificates answers its signed Word file instead of a new issue.
   */
  async function generateMany(
    agreementIds: readonly number[],
    onProgress?: (done: number) => void
  ): Promise<DocumentVersion[]> {
    const pool = createRenderPool()
    const batch = readOncePerBatch(readers, wordings)
    const versions: DocumentVersion[] = []
    let next = 0
    let done = 0
    async function lane(): Promise<void> {
      for (let index = next++; index < agreementIds.length; index = next++) {
        const agreementId = agreementIds[index] as number
        const signedOriginal = await certificateSignedWord(agreementId, null)
        if (signedOriginal) {
          versions[index] = signedOriginal
          onProgress?.((done += 1))
          continue
        }
        const issueTarget = await targetFrom({ agreementId }, batch.readers, batch.wordings)
        const kind = await kindNow(issueTarget)
        versions[index] = await issueDocx(
          db,
          folder,
          { ...issueTarget, ...kind },
          now().toISOString(),
          undefined,
          pool.produce
        )
        onProgress?.((done += 1))
      }
    }
    try {
      // Four lanes per worker: while one renders, the others read their sources and write their files and records,
      // so that neither the workers nor this thread wait on the other.
      await Promise.all(Array.from({ length: pool.size * 4 }, lane))
    } finally {
      await pool.close()
    }
    return versions
  }

  /**
   * The HTML of the document as it would be generated now: the on-screen preview and the print view. It names the
   * version it would become and says « aperçu — non émis »: no fingerprint, since nothing is issued.
   */
  async function preview(input: DocumentTarget): Promise<string> {
    const issueTarget = await target(input)
    const version = await nextVersionNumber(db, input.agreementId, input.amendmentId ?? null)
    const { model } = buildModel(
      { ...issueTarget, ...(await kindNow(issueTarget)), version, preview: true },
      textSha256
    )
    return renderDocumentHtml(model)
  }

  async function list(agreementId: number): Promise<AgreementDocuments> {
    const agreement = await readers.agreement(agreementId)
    const [versions, signatures, amendments] = await Promise.all([
      listVersionRows(db, agreementId),
      listSignatureRows(db, agreementId),
      listAmendmentRows(db, agreementId)
    ])
    return {
      versions: versions.map(toDocumentVersion),
      signatures: signatures.map(toSignatureRecord),
      amendments: amendments.map((row) => toAmendment(row, agreement.reference))
    }
  }

  async function version(versionId: number) {
    const row = await findVersion(db, versionId)
    if (!row) throw new NotFoundError(`La version de document n° ${versionId} n'existe pas.`)
    return row
  }

  /** The file name a save dialog proposes for a version. */
  async function suggestedName(versionId: number): Promise<string> {
    return (await version(versionId)).file_name.split('/').at(-1) ?? 'document.docx'
  }

  /** "Enregistrer sous…": a copy of the issued file at the path the user chose in the save dialog. */
  async function saveAs(versionId: number, targetPath: string): Promise<{ savedTo: string }> {
    const row = await version(versionId)
    await writeFileAtomic(targetPath, await readDocument(folder, row.file_name))
    return { savedTo: targetPath }
  }

  async function showInFolder(versionId: number): Promise<null> {
    await shell.showInFolder(documentPath(folder, (await version(versionId)).file_name))
    return null
  }

  async function print(input: DocumentTarget): Promise<null> {
    await shell.print(await preview(input))
    return null
  }

  /**
   * Prints the HTML view to PDF, records the PDF as a version (so it can be verified), and saves a copy.
   * `electronicOriginal`: a convention for signature about to be signed with certificates (see `IssueRequest`).
   */
  async function exportPdf(
    input: DocumentTarget,
    targetPath: string,
    { electronicOriginal = false }: { electronicOriginal?: boolean } = {}
  ): Promise<{ version: DocumentVersion; savedTo: string }> {
    const issueTarget = await target(input)
    const recorded = await issueVersion(
      db,
      folder,
      {
        ...issueTarget,
        ...(await kindNow(issueTarget)),
        ...(electronicOriginal ? { electronicOriginal } : {}),
        format: 'pdf',
        produce: producerOf((model, documentId) =>
          shell.printToPdf(renderDocumentHtml(model, { documentId }))
        )
      },
      now().toISOString()
    )
    await writeFileAtomic(targetPath, await readDocument(folder, recorded.fileName))
    return { version: recorded, savedTo: targetPath }
  }

  return {
    generate,
    generateMany,
    preview,
    list,
    suggestedName,
    saveAs,
    showInFolder,
    print,
    exportPdf,
    target,
    recordedSigning,
    version
  }
}
