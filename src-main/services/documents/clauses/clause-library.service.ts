import type { AppDatabase } from '../../../db/schema'
import type { ClauseWordings } from '../../../shared/documents/clause-library/clause-definition'
import { unknownSlots, type LibraryEntry } from '../../../shared/documents/clause-library/clause-library'
import { CLAUSE_LIBRARY } from '../../../shared/documents/clause-library/registered-library'
import { MISSING } from '../../../shared/documents/document-sources'
import { NotFoundError, ValidationError } from '../../../shared/errors'
import type {
  ClauseVariantRef,
  ClauseView,
  ClauseWordingInput
} from '../../../shared/schemas/settings.schema'
import {
  currentWordings,
  insertWordingVersion,
  listWordingRows,
  type WordingRow
} from './clause-wordings.repository'

export interface ClauseLibraryServiceDeps {
  db: AppDatabase
  /** Who edits: the coordinator named in Settings. */
  editor: () => Promise<string>
  library?: readonly LibraryEntry[]
  now?: () => Date
}

/**
 * The clause library in Settings: every clause with its variants, the wording in force (edited or default) and its
 * version; saving a wording adds a version, restoring the default adds a version that points back to it. Documents
 * read `wordings()` when they are issued and record the versions they used.
 */
export function createClauseLibraryService({
  db,
  editor,
  library = CLAUSE_LIBRARY,
  now = () => new Date()
}: ClauseLibraryServiceDeps) {
  function entryOf({ clauseKey, variantId }: ClauseVariantRef): LibraryEntry {
    const entry = library.find((candidate) => candidate.key === clauseKey)
    if (!entry || !entry.variants.some((variant) => variant.id === variantId))
      throw new NotFoundError('Cette clause n’existe pas dans la bibliothèque.')
    return entry
  }

  function view(entry: LibraryEntry, rows: readonly WordingRow[]): ClauseView {
    return {
      key: entry.key,
      title: entry.title,
      slots: { ...entry.slots },
      variants: entry.variants.map((variant) => {
        const latest = rows
          .filter((row) => row.clause_key === entry.key && row.variant_id === variant.id)
          .at(-1)
        return {
          id: variant.id,
          label: variant.label,
          defaultText: variant.defaultText,
          text: latest?.text ?? variant.defaultText,
          version: latest?.text ? latest.version : 0,
          editedAt: latest?.created_at ?? null,
          editedBy: latest?.created_by || null
        }
      })
    }
  }

  async function list(): Promise<ClauseView[]> {
    const rows = await listWordingRows(db)
    return library.map((entry) => view(entry, rows))
  }

  async function write(ref: ClauseVariantRef, text: string | null): Promise<ClauseView> {
    const entry = entryOf(ref)
    const at = now().toISOString()
    const by = await editor()
    await db
      .transaction()
      .execute((trx) => insertWordingVersion(trx, ref.clauseKey, ref.variantId, text, at, by))
    return view(entry, await listWordingRows(db))
  }

  async function saveWording(input: ClauseWordingInput): Promise<ClauseView> {
    const entry = entryOf(input)
    const unknown = unknownSlots(entry, input.text)
    if (unknown.length > 0)
      throw new ValidationError(
        `Champ inconnu dans le texte : ${unknown.map((name) => `{${name}}`).join(', ')}. Champs disponibles : ${
          Object.keys(entry.slots)
            .map((name) => `{${name}}`)
            .join(', ') || 'aucun'
        }.`,
        { text: 'Champ inconnu : corrigez-le ou retirez-le.' }
      )
    if (input.text.includes(MISSING))
      throw new ValidationError('Le texte contient encore « [à compléter] » : complétez-le.', {
        text: 'Texte incomplet.'
      })
    const current = (await list()).find((clause) => clause.key === input.clauseKey)
    const variant = current?.variants.find((candidate) => candidate.id === input.variantId)
    // Saving the wording in force again, or the default as it is, records nothing new.
    if (variant && variant.text === input.text) return current as ClauseView
    if (variant && variant.version === 0 && input.text === variant.defaultText) return current as ClauseView
    return write(input, input.text)
  }

  async function restoreDefault(ref: ClauseVariantRef): Promise<ClauseView> {
    entryOf(ref)
    const current = (await list()).find((clause) => clause.key === ref.clauseKey)
    if (current?.variants.find((variant) => variant.id === ref.variantId)?.version === 0) return current
    return write(ref, null)
  }

  async function wordings(): Promise<ClauseWordings> {
    return currentWordings(await listWordingRows(db))
  }

  return { list, saveWording, restoreDefault, wordings }
}

export type ClauseLibraryService = ReturnType<typeof createClauseLibraryService>
