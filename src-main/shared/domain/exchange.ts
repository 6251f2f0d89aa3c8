import type { BundleSender, RefusedItem } from '../exchange/bundle-sender'

/** What to export: one head network's agreements, a hand-picked selection, a period of start dates, or everything. */
export type ExportSelection =
  | { kind: 'all' }
  | { kind: 'headNetwork'; headNetworkId: number }
  | { kind: 'ids'; ids: number[] }
  /** Agreements whose start date falls within [from, to]; drafts without a start date are left out. */
  | { kind: 'period'; from: string | null; to: string | null }

export interface ExportOutcome {
  filePath: string
  bundleId: string
  agreementCount: number
  documentCount: number
  sizeBytes: number
}

export interface ExchangeProgress {
  phase: 'export' | 'import'
  done: number
  total: number
}

/**
 * How an incoming agreement compares with the local one (matched by reference):
 * new — not here; identical — same content; updated — changed there only; outdated — changed here only (nothing to
 * take); conflict — changed on both sides since the last exchange, the coordinator chooses.
 */
export type ImportCategory = 'new' | 'updated' | 'identical' | 'outdated' | 'conflict'

export type ConflictChoice = 'keep' | 'take'

export interface ImportPreviewRow {
  reference: string
  title: string
  partnerName: string | null
  category: ImportCategory
  /** For updates and conflicts: the fields that differ, in French. */
  differences: string[]
}

export interface ImportPreview {
  bundleId: string
  exportedAt: string
  exportedBy: { name: string; region: string }
  anonymised: boolean
  documentCount: number
  /** Documents not recorded here yet: the ones the import will add. */
  newDocumentCount: number
  /** Amendments written here differently under the same number: the import keeps them as they are. */
  amendmentsKept: string[]
  counts: Record<ImportCategory, number>
  rows: ImportPreviewRow[]
  /** Who signed the bundle, and whether this installation knows their key. */
  sender: BundleSender
  /** What the import leaves out (invalid data, agreements signed here that the bundle would rewrite), and why. */
  refused: RefusedItem[]
}

export interface ImportOutcome {
  bundleId: string
  created: number
  updated: number
  kept: number
  unchanged: number
  /** Amendments added, or drafts replaced by the amendment the other side signed. */
  amendmentsRecorded: number
  /** Amendments written here differently under the same number (`AD-2026-33-0042-A1`): kept, not overwritten. */
  amendmentsKept: string[]
  /** Documents received and recorded as versions: « Vérifier un document » recognises them here. */
  documentsRecorded: number
  signaturesRecorded: number
  /** The backup taken just before writing, if anything was written. */
  backupName: string | null
  /** Items of the bundle left out, as listed in the preview. */
  refused: number
}
