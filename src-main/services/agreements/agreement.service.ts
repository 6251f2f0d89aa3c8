import type { AppDatabase } from '../../db/schema'
import { departmentOfCommuneCode } from '../../shared/agreements/agreement-reference'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import { checkAgreement } from '../../shared/agreements/check-agreement'
import { isEditable } from '../../shared/agreements/status-flow'
import type {
  Agreement,
  AgreementCheck,
  AgreementHistoryEntry,
  AgreementPage,
  AgreementView
} from '../../shared/domain/agreement'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../shared/errors'
import type { AgreementQuery } from '../../shared/schemas/agreement-query.schema'
import {
  agreementContentSchema,
  type CreateAgreementInput,
  type SaveDraftInput,
  type AgreementContent
} from '../../shared/schemas/agreement.schema'
import { findPartnerRow, listContactRows } from '../partners/partner.repository'
import type { Settings } from '../../shared/schemas/settings.schema'
import type { SettingsService } from '../settings/settings.service'
import { describeSignificantChanges } from './agreement-changes'
import { loadCheckContext } from './agreement-check-context'
import { blankTerms, initialContent, termsPartnerOf } from './agreement-defaults'
import { searchAgreements } from './agreement-register'
import { insertAgreement, writeContent } from './agreement-writer'
import { toAgreement, toHistoryEntry } from './agreement.mapper'
import {
  addHistory,
  existingDomainIds,
  findAgreementRow,
  listBenefitCodes,
  listDomainIds,
  listHistoryRows,
  rowExists
} from './agreement.repository'
import { createAgreementTransitions } from './agreement-transitions'

export interface AgreementServiceDeps {
  db: AppDatabase
  settings: SettingsService
  now?: () => Date
}

export type AgreementService = ReturnType<typeof createAgreementService>

/** Agreements: creation with a unique reference, autosaved drafts, checks, status flow and the register. */
export function createAgreementService({ db, settings, now = () => new Date() }: AgreementServiceDeps) {
  const today = () => localIsoDate(now())

  async function load(trx: AppDatabase, id: number): Promise<Agreement> {
    const row = await findAgreementRow(trx, id)
    if (!row) throw new NotFoundError(`La convention n° ${id} n'existe pas.`)
    return toAgreement(row, await listDomainIds(trx, id), await listBenefitCodes(trx, id))
  }

  /** The signing gate on the stored agreement; Settings are read by the caller, before any transaction. */
  async function check(
    trx: AppDatabase,
    agreement: Agreement,
    currentSettings: Settings
  ): Promise<AgreementCheck> {
    const context = await loadCheckContext(trx, agreement, {
      reference: agreement.reference,
      settings: currentSettings,
      today: today()
    })
    return checkAgreement(agreement, context)
  }

  async function view(id: number): Promise<AgreementView> {
    const currentSettings = await settings.get()
    const agreement = await load(db, id)
    return { agreement, check: await check(db, agreement, currentSettings) }
  }

  /**
   * The department of the reference: the need's territory, else the partner's commune, else the coordinator's.
   * Runs inside the creating transaction, so it only reads through `trx` (the one connection is held by it).
   */
  async function referenceDepartment(
    trx: AppDatabase,
    needId: number,
    partnerCommuneCode: string | null,
    coordinatorDepartment: string
  ): Promise<string> {
    const firstCommune = await trx
      .selectFrom('need_communes')
      .select('department')
      .where('need_id', '=', needId)
      .orderBy('position')
      .executeTakeFirst()
    if (firstCommune) return firstCommune.department
    if (partnerCommuneCode) return departmentOfCommuneCode(partnerCommuneCode)
    if (coordinatorDepartment !== '') return coordinatorDepartment
    throw new ValidationError(
      'Impossible de numéroter la convention : indiquez une commune au besoin ou au partenaire, ou votre département dans les Réglages.'
    )
  }

  async function create(input: CreateAgreementInput): Promise<AgreementView> {
    const currentSettings = await settings.get()
    const at = now().toISOString()
    const id = await db.transaction().execute(async (trx) => {
      const need = await trx
        .selectFrom('local_needs')
        .select(['id', 'title', 'domain_id'])
        .where('id', '=', input.needId)
        .executeTakeFirst()
      const partner = await findPartnerRow(trx, input.partnerId)
      const fieldErrors: FieldErrors = {}
      if (!need) fieldErrors.needId = "Ce besoin local n'existe pas."
      if (!partner) fieldErrors.partnerId = "Ce partenaire n'existe pas."
      if (!need || !partner) throw new ValidationError('Certains champs sont à corriger.', fieldErrors)
      const contacts = await listContactRows(trx, partner.id)
      const content = initialContent({
        need: { id: need.id, title: need.title, domainId: need.domain_id },
        partner: {
          ...termsPartnerOf(partner),
          id: partner.id,
          name: partner.name,
          commune: partner.commune,
          headNetworkId: partner.head_network_id,
          contacts: contacts.map((contact) => ({ id: contact.id, maySign: contact.may_sign === 1 }))
        },
        settings: currentSettings,
        type: input.type,
        title: input.title
      })
      const department = await referenceDepartment(
        trx,
        need.id,
        partner.commune_code,
        currentSettings.coordinator.department
      )
      const created = await insertAgreement(
        trx,
        {
          content,
          year: now().getFullYear(),
          department,
          wizardStep: 3,
          history: { kind: 'created', summary: 'Convention créée (brouillon).', toStatus: 'draft' }
        },
        at
      )
      return created.id
    })
    return view(id)
  }

  /** Refuses references to rows that do not exist; incompleteness is left to the checker. */
  async function assertReferencesExist(trx: AppDatabase, changes: Partial<AgreementContent>): Promise<void> {
    const fieldErrors: FieldErrors = {}
    if (changes.needId != null && !(await rowExists(trx, 'local_needs', changes.needId)))
      fieldErrors.needId = "Ce besoin local n'existe pas."
    if (changes.partnerId != null && !(await rowExists(trx, 'partners', changes.partnerId)))
      fieldErrors.partnerId = "Ce partenaire n'existe pas."
    if (changes.domainIds) {
      const known = await existingDomainIds(trx, changes.domainIds)
      if (changes.domainIds.some((domainId) => !known.has(domainId)))
        fieldErrors.domainIds = "Un des domaines d'action n'existe pas."
    }
    if (Object.keys(fieldErrors).length > 0)
      throw new ValidationError('Certains champs sont à corriger.', fieldErrors)
  }

  /** Merges an autosave into the stored draft: a new type without terms starts from blank terms of that type. */
  async function merge(
    trx: AppDatabase,
    before: AgreementContent,
    changes: Partial<AgreementContent>
  ): Promise<AgreementContent> {
    const after: AgreementContent = { ...before, ...changes }
    if (changes.type !== undefined && changes.type !== before.type && changes.terms === undefined)
      after.terms = after.type === null ? null : await blankTerms(trx, after.type, after.partnerId)
    if (after.terms !== null && after.terms.type !== after.type)
      throw new ValidationError('Certains champs sont à corriger.', {
        terms: 'Les modalités ne correspondent pas au type de partenariat choisi.'
      })
    return after
  }

  async function saveDraft({ id, step, changes }: SaveDraftInput): Promise<AgreementView> {
    const at = now().toISOString()
    await db.transaction().execute(async (trx) => {
      const current = await load(trx, id)
      if (!isEditable(current.status))
        throw new ConflictError(
          `La convention ${current.reference} est « ${AGREEMENT_STATUS_LABELS[current.status]} » : elle ne peut plus être modifiée` +
            (current.status === 'ready_for_signature'
              ? ' sans la repasser en brouillon.'
              : ' (un avenant sera nécessaire).')
        )
      await assertReferencesExist(trx, changes)
      const before = toAgreementContentOf(current)
      const after = await merge(trx, before, changes)
      await writeContent(trx, id, before, after, { ...(step === undefined ? {} : { wizardStep: step }), at })
      const summary = describeSignificantChanges(before, after)
      if (summary !== null) await addHistory(trx, id, at, { kind: 'changed', summary })
    })
    return view(id)
  }

  async function duplicate(id: number): Promise<AgreementView> {
    const at = now().toISOString()
    const newId = await db.transaction().execute(async (trx) => {
      const source = await load(trx, id)
      const content: AgreementContent = {
        ...toAgreementContentOf(source),
        title: `${source.title} (copie)`,
        startDate: null
      }
      const created = await insertAgreement(
        trx,
        {
          content,
          year: now().getFullYear(),
          department: source.department,
          wizardStep: 1,
          history: {
            kind: 'duplicated',
            summary: `Créée à partir de la convention ${source.reference}.`,
            toStatus: 'draft'
          }
        },
        at
      )
      return created.id
    })
    return view(newId)
  }

  async function history(id: number): Promise<AgreementHistoryEntry[]> {
    await load(db, id)
    return (await listHistoryRows(db, id)).map(toHistoryEntry)
  }

  const transitions = createAgreementTransitions({ db, now, load, check, settings: () => settings.get() })

  return {
    create,
    get: view,
    saveDraft,
    duplicate,
    transition: transitions.transition,
    check: async (id: number) => (await view(id)).check,
    history,
    search: async (query: AgreementQuery): Promise<AgreementPage> => searchAgreements(db, query, today())
  }
}

const CONTENT_KEYS = Object.keys(agreementContentSchema.shape) as Array<keyof AgreementContent>

/** The editable part of an agreement, without what the app manages (reference, status, dates, names). */
function toAgreementContentOf(agreement: Agreement): AgreementContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, agreement[key]])) as AgreementContent
}
