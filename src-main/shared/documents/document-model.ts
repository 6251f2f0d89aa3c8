import type { ClauseSource } from './clause-library/clause-definition'

/**
 * The renderer-neutral document: what a convention or an amendment says, built once from the data and rendered
 * both to DOCX (Word) and to HTML (preview, print, PDF), so that the three always say the same thing.
 */

/** A run of text inside a paragraph. */
export interface TextRun {
  text: string
  bold?: boolean
  italic?: boolean
  /** The number of another article or sub-clause (its bookmark name): a REF field in Word, a link in HTML. */
  crossReference?: string
}

export type Inline = string | TextRun

export interface ParagraphBlock {
  kind: 'paragraph'
  runs: Inline[]
}

export interface ListBlock {
  kind: 'list'
  items: Inline[][]
}

export interface TableColumn {
  label: string
  align: 'left' | 'right'
  /** Share of the table width, in percent; the columns of a table add up to 100. */
  width: number
}

export interface TableBlock {
  kind: 'table'
  caption: string
  columns: TableColumn[]
  rows: string[][]
  /** A last row in bold (e.g. "Total"), kept apart so renderers can style it. */
  total?: string[]
}

export type Block = ParagraphBlock | ListBlock | TableBlock

/** Which article it is, so tests and the amendment builder can find an article whatever its number. */
export type ArticleKey =
  | 'object'
  | 'la-poste-commitments'
  | 'partner-commitments'
  | 'terms'
  | 'indicators'
  | 'governance'
  | 'communication'
  | 'duration'
  | 'financial-terms'
  | 'termination'
  | 'data-protection'
  | 'confidentiality'
  | 'intellectual-property'
  | 'insurance-liability'
  | 'force-majeure'
  | 'independence'
  | 'exclusivity'
  | 'assignment'
  | 'ethics'
  | 'notices'
  | 'entire-agreement'
  | 'annexes'
  | 'disputes'
  | 'amendment-object'
  | 'amendment-change'
  | 'amendment-other-clauses'
  | 'amendment-effect'

/**
 * A numbered sub-clause of an article (« 4.2 »): the unit an amendment names when it replaces, adds or deletes
 * wording. Its key is stable within the article (`remuneration`, `receipt`…), whatever its number.
 */
export interface Clause {
  key: string
  /** « 4.2 », given when the articles are numbered. */
  number: string
  title?: string
  blocks: Block[]
  /** The library wording it was written from, recorded with each issued document. */
  source?: ClauseSource
}

export interface Article {
  key: ArticleKey
  number: number
  title: string
  /** Paragraphs before the first sub-clause (often none when the article has sub-clauses). */
  blocks: Block[]
  /** Numbered sub-clauses, after `blocks`; empty for a one-paragraph article. */
  clauses: Clause[]
  /** The library wording of `blocks`, when one clause of the library makes the whole article. */
  source?: ClauseSource
}

export interface Party {
  role: 'la-poste' | 'partner'
  name: string
  /** Legal form, registration, address: one line each. */
  details: string[]
  /** « Claire Martin, en sa qualité de directrice régionale, dûment habilitée … ». */
  representedBy: string
  /** How the text refers to the party afterwards: « La Poste », « le Partenaire ». */
  designation: string
  /** « d’une part » for the first party, « d’autre part » for the second. */
  closing: string
}

export interface SignatureImage {
  /** PNG, as a data URL (data:image/png;base64,…), validated when it was recorded. */
  dataUrl: string
  widthPx: number
  heightPx: number
}

export interface SignatureColumn {
  party: Party['role']
  partyName: string
  signerName: string
  signerTitle: string
  image?: SignatureImage
  /** « Signé à Pau, le 28 novembre 2026 à 14 h 05 », once signed: place and date of this signer's own record. */
  signedAtText?: string
}

export interface SignatureBlock {
  /** The signature formula: « Fait à Bordeaux, le …, en deux (2) exemplaires originaux… » or one electronic original. */
  madeAt: string
  columns: SignatureColumn[]
  source?: ClauseSource
}

export interface CertificateEntry {
  signerName: string
  partyName: string
  signedAtText: string
  placeText: string
  methodText: string
}

/** Last page of a signed version: who signed what, when and how. */
export interface SignatureCertificate {
  title: string
  intro: string
  signedDocumentFingerprint: string
  entries: CertificateEntry[]
}

export interface Annex {
  title: string
  blocks: Block[]
}

export interface DocumentMeta {
  reference: string
  /** Shown in the footer: "Version 2". */
  version: number
  kindLabel: string
  /** A preview shows « aperçu — non émis » and the version it would become. */
  preview?: boolean
  /** Drafts carry a « PROJET » watermark. */
  draft?: boolean
  /** Signed versions are marked final (read-only recommended). */
  final?: boolean
  /** The coordinator who issues it: the document properties name them. */
  author?: string
}

export interface DocumentModel {
  kind: 'convention' | 'amendment'
  meta: DocumentMeta
  title: string
  subtitle: string
  parties: Party[]
  /** « ci-après dénommées ensemble « les Parties » », after the parties block. */
  partiesNote?: string
  preamble: Block[]
  articles: Article[]
  annexes: Annex[]
  signature: SignatureBlock
  certificate?: SignatureCertificate
}

export function paragraph(...runs: Inline[]): ParagraphBlock {
  return { kind: 'paragraph', runs }
}

export function list(items: readonly string[]): ListBlock {
  return { kind: 'list', items: items.map((item) => [item]) }
}

export function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.text
}
