import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import type { ImportOutcome, ImportPreview } from '../../shared/domain/exchange'
import type { BundleDocument } from '../../shared/exchange/bundle-manifest.schema'
import type { RefusedItem } from '../../shared/exchange/bundle-sender'
import { refusedBundle } from './bundle-errors'
import {
  analyseBundle,
  previewImport,
  runImport,
  type AnalysedBundle,
  type ImportDeps,
  type ImportRequest
} from './import-run'
import { openCheckedZip, readEntryBytes } from './zip-reader'

/** What the signatures service answers about a convention La Poste signed and the partner sends back signed. */
export interface ReturnedPdfChecks {
  /** The local agreement under this reference that awaits the partner's certificate signature, or null. */
  awaitingPartner(reference: string): Promise<number | null>
  /** Why the returned PDF cannot be recorded, in French; null when it holds. */
  problem(agreementId: number, bytes: Buffer, signedBy: readonly string[] | undefined): Promise<string | null>
  record(agreementId: number, bundleId: string, bytes: Buffer): Promise<void>
}

interface ReturnedPdf {
  document: BundleDocument
  agreementId: number
  bytes: Buffer
  problem: string | null
}

/** A signed convention is a few megabytes; a PDF past this is no convention of ours. */
const MAX_RETURNED_PDF_BYTES = 64 * 1024 * 1024

/**
 * The PDFs of a bundle for conventions that await the partner's signature here, files not recorded here yet: each is
 * read from the zip (its fingerprint checked again) and judged before anything is written.
 */
async function returnedPdfs(
  deps: ImportDeps,
  checks: ReturnedPdfChecks,
  { bundle }: AnalysedBundle
): Promise<ReturnedPdf[]> {
  const candidates: Array<{ document: BundleDocument; agreementId: number }> = []
  for (const document of bundle.manifest.documents) {
    if (document.amendmentNumber !== null || document.kind === 'signed_copy') continue
    if (extname(document.path).toLowerCase() !== '.pdf') continue
    const agreementId = await checks.awaitingPartner(document.agreementReference)
    if (agreementId === null) continue
    const known = await deps.db
      .selectFrom('document_versions')
      .select('id')
      .where('agreement_id', '=', agreementId)
      .where('sha256', '=', document.sha256)
      .executeTakeFirst()
    if (!known) candidates.push({ document, agreementId })
  }
  if (candidates.length === 0) return []
  const checked = await openCheckedZip(bundle.path, bundle.limits)
  const found: ReturnedPdf[] = []
  try {
    for (const { document, agreementId } of candidates) {
      const bytes = await readEntryBytes(checked, document.path, MAX_RETURNED_PDF_BYTES)
      if (createHash('sha256').update(bytes).digest('hex') !== document.sha256)
        throw refusedBundle(
          `le fichier « ${document.path} » a changé depuis sa vérification : importez-le de nouveau.`
        )
      found.push({
        document,
        agreementId,
        bytes,
        problem: await checks.problem(agreementId, bytes, document.signedBy)
      })
    }
  } finally {
    checked.close()
  }
  return found
}

/** The bundle without the returned PDFs: the rest of the import never records them as plain received files. */
function withoutReturned(analysed: AnalysedBundle, returned: readonly ReturnedPdf[]): AnalysedBundle {
  if (returned.length === 0) return analysed
  const paths = new Set(returned.map((item) => item.document.path))
  const { manifest } = analysed.bundle
  return {
    ...analysed,
    bundle: {
      ...analysed.bundle,
      manifest: { ...manifest, documents: manifest.documents.filter((document) => !paths.has(document.path)) }
    }
  }
}

const refusal = (item: ReturnedPdf): RefusedItem => ({
  subject: `PDF signé renvoyé pour la convention ${item.document.agreementReference} (« ${item.document.path} »)`,
  reasons: [item.problem ?? '']
})

/** The preview, with the returned PDFs that will be recorded counted and those refused listed with their reason. */
export async function previewWithReturnedPdfs(
  deps: ImportDeps,
  checks: ReturnedPdfChecks | undefined,
  analysed: AnalysedBundle
): Promise<ImportPreview> {
  const returned = checks ? await returnedPdfs(deps, checks, analysed) : []
  const preview = await previewImport(deps, withoutReturned(analysed, returned))
  const refused = returned.filter((item) => item.problem !== null)
  return {
    ...preview,
    documentCount: analysed.bundle.manifest.documents.length,
    newDocumentCount: preview.newDocumentCount + returned.length - refused.length,
    refused: [...preview.refused, ...refused.map(refusal)]
  }
}

/**
 * Imports a bundle, then records each returned PDF that holds (the partner's signature; the convention becomes
 * « Signée »). A refused one is counted among the refused and nothing of it is written.
 */
export async function importWithReturnedPdfs(
  deps: ImportDeps,
  checks: ReturnedPdfChecks | undefined,
  request: ImportRequest,
  previewed?: AnalysedBundle
): Promise<ImportOutcome> {
  const analysed = previewed ?? (await analyseBundle(deps, request.filePath))
  const returned = checks ? await returnedPdfs(deps, checks, analysed) : []
  const outcome = await runImport(deps, request, withoutReturned(analysed, returned))
  const accepted = returned.filter((item) => item.problem === null)
  // A backup before anything is written, as for any import (the rest of the bundle may have brought nothing new).
  const backup =
    accepted.length > 0 && outcome.backupName === null && deps.backupBeforeImport
      ? await deps.backupBeforeImport()
      : null
  let recorded = 0
  for (const item of accepted) {
    await checks?.record(item.agreementId, analysed.bundle.manifest.bundleId, item.bytes)
    recorded += 1
  }
  return {
    ...outcome,
    backupName: backup?.name ?? outcome.backupName,
    documentsRecorded: outcome.documentsRecorded + recorded,
    signaturesRecorded: outcome.signaturesRecorded + recorded,
    refused: outcome.refused + returned.length - recorded
  }
}
