import { randomUUID } from 'node:crypto'
import { extname } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import type { ExchangeProgress, ExportOutcome, ExportSelection } from '../../shared/domain/exchange'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_NAME,
  type BundleDocument,
  type BundleManifest
} from '../../shared/exchange/bundle-manifest.schema'
import { toSummaryRows } from '../../shared/exchange/summary-rows'
import { addHistory } from '../agreements/agreement.repository'
import { followUpForExport } from '../follow-up/follow-up-export'
import { signManifest, SIGNATURE_NAME } from '../trust/bundle-signature'
import { installationKey } from '../trust/installation-key'
import type { SettingsService } from '../settings/settings.service'
import { writeZipAtomic, type ZipSource } from './bundle-zip-writer'
import { sha256Hex } from './content-hash'
import { amendmentReference } from '../documents/amendment.repository'
import type { DocumentSource } from './document-source'
import { selectAgreementIds } from './export-selection'
import { loadPortableAgreements } from './portable-agreements'
import { summaryCsv } from './summary-csv'
import { summaryXlsx } from './summary-xlsx'
import { readBaseHashes, writeBaseHash } from './sync.repository'

export interface ExportDeps {
  db: AppDatabase
  settings: SettingsService
  now: () => Date
  documents?: DocumentSource | undefined
}

export interface ExportRequest {
  selection: ExportSelection
  filePath: string
  anonymised: boolean
  onProgress?: (progress: ExchangeProgress) => void
}

function describeSelection(selection: ExportSelection): string {
  switch (selection.kind) {
    case 'all':
      return 'Toutes les conventions'
    case 'headNetwork':
      return `Tête de réseau n° ${selection.headNetworkId}`
    case 'ids':
      return `Sélection de ${selection.ids.length} convention(s)`
    case 'period':
      return `Début entre ${selection.from ?? '…'} et ${selection.to ?? '…'}`
  }
}

/**
 * The documents to ship, as zip sources read from disk while the zip is written; each is checked against its
 * recorded fingerprint on the way: a bundle never ships a tampered file.
 */
async function collectDocuments(
  source: DocumentSource | undefined,
  agreements: ReadonlyMap<number, string>
): Promise<{ entries: BundleDocument[]; files: ZipSource[] }> {
  const documents = source ? await source.latestForExport([...agreements.keys()]) : []
  const entries: BundleDocument[] = []
  const files: ZipSource[] = []
  for (const document of documents) {
    const reference = agreements.get(document.agreementId)
    if (reference === undefined) continue
    const folder =
      document.amendmentNumber === null ? reference : amendmentReference(reference, document.amendmentNumber)
    const path = `documents/${folder}/${document.kind}-v${document.version}${extname(document.filePath).toLowerCase() || '.bin'}`
    entries.push({
      path,
      sha256: document.sha256,
      size: document.size,
      agreementReference: reference,
      amendmentNumber: document.amendmentNumber,
      kind: document.kind,
      version: document.version,
      createdAt: document.createdAt,
      ...(document.signedBy ? { signedBy: document.signedBy } : {})
    })
    files.push({
      path,
      filePath: document.filePath,
      sha256: document.sha256,
      size: document.size,
      mismatch: `Le document de la convention ${reference} (version ${document.version}) ne correspond plus à son empreinte : export annulé.`
    })
  }
  return { entries, files }
}

/**
 * Builds one bundle and writes it atomically: manifest, its signature by this installation's key, CSV and XLSX
 * summaries, documents streamed from disk. Then, in one transaction,
 * each exported agreement gets a history line and its exchange base (the hash the other side now holds).
 */
export async function exportBundle(deps: ExportDeps, request: ExportRequest): Promise<ExportOutcome> {
  const { db, settings, now, documents } = deps
  const exportedAt = now()
  const bundleId = randomUUID()
  const ids = await selectAgreementIds(db, request.selection)
  const total = ids.length * 2 + 2
  let done = 0
  const advance = (steps: number) => {
    done += steps
    request.onProgress?.({ phase: 'export', done: Math.min(done, total), total })
  }
  advance(0)
  const portable = await loadPortableAgreements(db, ids, { anonymised: request.anonymised })
  const followUps = await followUpForExport(db, ids, { anonymised: request.anonymised })
  const withFollowUp = portable.agreements.map((item) => {
    const followUp = followUps.get(item.id)
    return { ...item, agreement: followUp ? { ...item.agreement, followUp } : item.agreement }
  })
  const bases = await readBaseHashes(db, ids)
  advance(ids.length)

  const references = new Map(portable.agreements.map((item) => [item.id, item.agreement.reference]))
  // The documents name the partner's signatory and bear the signatures: an anonymised bundle carries none of them.
  const shipped = request.anonymised
    ? { entries: [], files: [] }
    : await collectDocuments(documents, references)
  const domainRows = await db
    .selectFrom('action_domains')
    .select(['code', 'label', 'engagement_code'])
    .execute()
  const usedCodes = new Set([
    ...portable.agreements.flatMap((item) => item.agreement.domainCodes),
    ...portable.needs.flatMap((need) => (need.domainCode === null ? [] : [need.domainCode]))
  ])
  const summary = toSummaryRows(
    withFollowUp.map((item) => item.agreement),
    portable.partners,
    new Map(domainRows.map((row) => [row.code, row.label]))
  )
  const csv = summaryCsv(summary)
  const xlsx = await summaryXlsx(summary, exportedAt)
  const half = Math.floor(ids.length / 2)
  advance(half)

  const { coordinator } = await settings.get()
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    bundleId,
    exportedAt: exportedAt.toISOString(),
    exportedBy: {
      name: coordinator.name,
      email: request.anonymised ? '' : coordinator.email,
      region: coordinator.region,
      department: coordinator.department
    },
    anonymised: request.anonymised,
    selection: describeSelection(request.selection),
    domains: domainRows
      .filter((row) => usedCodes.has(row.code))
      .map((row) => ({
        code: row.code,
        label: row.label,
        engagementCode: row.engagement_code as BundleManifest['domains'][number]['engagementCode']
      })),
    partners: portable.partners,
    needs: portable.needs,
    agreements: withFollowUp.map((item) => ({
      ...item.agreement,
      baseHash: bases.get(item.id) ?? null
    })),
    documents: shipped.entries,
    files: [
      { path: 'synthese.csv', sha256: sha256Hex(csv), size: csv.length },
      { path: 'synthese.xlsx', sha256: sha256Hex(xlsx), size: xlsx.length }
    ]
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8')
  const signature = signManifest(await installationKey(db, now), manifestBytes)
  const sizeBytes = await writeZipAtomic(
    request.filePath,
    [
      { path: MANIFEST_NAME, data: manifestBytes },
      { path: SIGNATURE_NAME, data: signature },
      { path: 'synthese.csv', data: csv },
      { path: 'synthese.xlsx', data: xlsx },
      ...shipped.files
    ],
    exportedAt
  )
  advance(ids.length - half + 1)

  const at = exportedAt.toISOString()
  const summaryLine = `Exportée dans un fichier d'échange (${manifest.selection.toLowerCase()}${request.anonymised ? ', anonymisé' : ''} ; lot ${bundleId.slice(0, 8)}).`
  await db.transaction().execute(async (trx) => {
    for (const item of portable.agreements) {
      await addHistory(trx, item.id, at, { kind: 'changed', summary: summaryLine })
      await writeBaseHash(trx, item.id, item.agreement.contentHash, bundleId, at)
    }
  })
  advance(1)
  return {
    filePath: request.filePath,
    bundleId,
    agreementCount: portable.agreements.length,
    documentCount: shipped.entries.length,
    sizeBytes
  }
}
