import { sql } from 'kysely'
import { frenchShortDate } from '../../shared/format/short-date'
import type { AppDatabase } from '../../db/schema'
import { addDays, localIsoDate } from '../../shared/agreements/agreement-dates'
import { noticeDeadline } from '../../shared/agreements/lifecycle'
import type { AgreementStatus } from '../../shared/domain/agreement'
import {
  ENDING_WITHIN_DAYS,
  HOME_LIST_KINDS,
  type HomeItem,
  type HomeList,
  type HomeListKind,
  type HomeLists,
  type PendingConflict
} from '../../shared/domain/home'
import { FOLLOW_UP_LOOKAHEAD_DAYS } from '../../shared/follow-up/follow-up-schedule'
import type { AgreementService } from '../agreements/agreement.service'
import { CHASE_AFTER_END_DAYS, followUpItems, type SignedAgreementRow } from './follow-up-items'

/** Items shown per list; the list's total says how many there are in all. */
export const HOME_LIST_LIMIT = 50

export interface HomeListsDeps {
  db: AppDatabase
  agreements: Pick<AgreementService, 'check'>
  /** Received bundles previewed with conflicts and not imported yet (from the exchange service). */
  pendingConflicts?: () => Promise<PendingConflict[]>
  now?: () => Date
}

async function draftItems(db: AppDatabase, agreements: HomeListsDeps['agreements']): Promise<HomeList> {
  const rows = await db
    .selectFrom('agreements as a')
    .leftJoin('partners as p', 'p.id', 'a.partner_id')
    .select(['a.id', 'a.reference', 'a.title', 'a.wizard_step', 'a.updated_at', 'p.name as partner_name'])
    .where('a.status', '=', 'draft')
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(HOME_LIST_LIMIT)
    .execute()
  const { total } = await db
    .selectFrom('agreements')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow()
  const items: HomeItem[] = []
  for (const row of rows) {
    const { problems } = await agreements.check(row.id)
    const first = problems[0]
    items.push({
      agreementId: row.id,
      reference: row.reference,
      title: row.title,
      partnerName: row.partner_name,
      date: row.updated_at.slice(0, 10),
      detail: first
        ? `${problems.length} point${problems.length > 1 ? 's' : ''} à corriger — ${first.message}`
        : 'Complet : à passer « prête pour signature ».',
      overdue: false,
      wizardStep: first?.step ?? 8
    })
  }
  return { kind: 'drafts', total: Number(total), items }
}

async function signedRows(db: AppDatabase, today: string): Promise<SignedAgreementRow[]> {
  const rows = await db
    .selectFrom('agreements as a')
    .leftJoin('partners as p', 'p.id', 'a.partner_id')
    .leftJoin('agreement_terminations as t', 't.agreement_id', 'a.id')
    .select([
      'a.id',
      'a.reference',
      'a.title',
      'a.status',
      'a.start_date',
      'a.end_date',
      'p.name as partner_name',
      't.effective_date as termination_date',
      sql<number | null>`json_extract(a.content, '$.noticeMonths')`.as('notice_months'),
      sql<number | null>`json_extract(a.content, '$.followUpCommittee.meetingsPerYear')`.as(
        'meetings_per_year'
      ),
      sql<number>`coalesce(json_array_length(a.content, '$.indicators'), 0)`.as('indicator_count'),
      sql<
        string | null
      >`(select max(m.held_on) from committee_meetings m where m.agreement_id = a.id and m.held_on <= ${today})`.as(
        'last_meeting'
      ),
      sql<number>`exists (select 1 from committee_meetings m where m.agreement_id = a.id and m.held_on > ${today})`.as(
        'meeting_planned'
      ),
      sql<number>`exists (select 1 from agreement_renewals r where r.previous_id = a.id)`.as('renewed'),
      sql<number>`exists (select 1 from final_evaluations e where e.agreement_id = a.id)`.as('evaluated')
    ])
    .where((eb) =>
      eb.or([
        eb('a.status', 'in', ['ready_for_signature', 'signed', 'active']),
        // Ended long ago: nothing left to chase (see CHASE_AFTER_END_DAYS), so not read at all.
        eb.and([
          eb('a.status', 'in', ['ended', 'terminated']),
          eb(sql<string>`coalesce(t.effective_date, a.end_date)`, '>=', addDays(today, -CHASE_AFTER_END_DAYS))
        ])
      ])
    )
    .execute()
  return rows.map((row) => ({ ...row, status: row.status as AgreementStatus }))
}

function byDate(items: HomeItem[]): HomeItem[] {
  return items.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
}

function lifecycleItems(
  rows: readonly SignedAgreementRow[],
  today: string
): Partial<Record<HomeListKind, HomeItem[]>> {
  const item = (row: SignedAgreementRow, date: string | null, detail: string, overdue = false): HomeItem => ({
    agreementId: row.id,
    reference: row.reference,
    title: row.title,
    partnerName: row.partner_name,
    date,
    detail,
    overdue
  })
  const toSign: HomeItem[] = []
  const notStarted: HomeItem[] = []
  const ending: HomeItem[] = []
  const horizon = addDays(today, ENDING_WITHIN_DAYS)
  for (const row of rows) {
    if (row.status === 'ready_for_signature') {
      const late = row.start_date !== null && row.start_date < today
      toSign.push(
        item(
          row,
          row.start_date,
          late
            ? `Date de début dépassée (${frenchShortDate(row.start_date ?? '')}) : à revoir avant la signature.`
            : 'Générer la version pour signature et la faire signer.',
          late
        )
      )
    }
    if (row.status === 'signed' && row.start_date !== null && row.start_date > today)
      notStarted.push(item(row, row.start_date, `Commence le ${frenchShortDate(row.start_date)}.`))
    const end = row.end_date
    if (
      (row.status === 'signed' || row.status === 'active') &&
      row.termination_date === null &&
      row.renewed === 0 &&
      end !== null &&
      end >= today &&
      end <= horizon
    ) {
      const notice = noticeDeadline(end, row.notice_months)
      const noticeText =
        notice === null
          ? ''
          : notice < today
            ? ` Préavis dépassé depuis le ${frenchShortDate(notice)}.`
            : ` Préavis à donner avant le ${frenchShortDate(notice)}.`
      ending.push(item(row, end, `Fin le ${frenchShortDate(end)} : renouveler ou clore.${noticeText}`))
    }
  }
  return { toSign: byDate(toSign), notStarted: byDate(notStarted), ending: byDate(ending) }
}

async function amendmentItems(db: AppDatabase): Promise<HomeItem[]> {
  const rows = await db
    .selectFrom('agreement_amendments as m')
    .innerJoin('agreements as a', 'a.id', 'm.agreement_id')
    .leftJoin('partners as p', 'p.id', 'a.partner_id')
    .select(['a.id', 'a.reference', 'a.title', 'p.name as partner_name', 'm.number', 'm.effective_date'])
    .where('m.status', '=', 'draft')
    .orderBy('m.created_at')
    .execute()
  return rows.map((row) => ({
    agreementId: row.id,
    reference: `${row.reference}-A${row.number}`,
    title: row.title,
    partnerName: row.partner_name,
    date: row.effective_date,
    detail: `Avenant n° ${row.number} à faire signer${row.effective_date ? ` (effet le ${frenchShortDate(row.effective_date)})` : ''}.`,
    overdue: false
  }))
}

function conflictItems(pending: readonly PendingConflict[]): HomeItem[] {
  return pending.map((bundle) => ({
    agreementId: null,
    reference: bundle.fileName,
    title: bundle.exportedBy === '' ? 'Reçu d’un autre poste' : `Reçu de ${bundle.exportedBy}`,
    partnerName: null,
    date: null,
    detail: `${bundle.conflicts} convention${bundle.conflicts > 1 ? 's' : ''} en conflit : rouvrir le fichier dans Échanges et choisir la version à garder.`,
    overdue: false
  }))
}

/** The home page « À traiter »: every list, each item with what to do and where. Read-only. */
export async function buildHomeLists({
  db,
  agreements,
  pendingConflicts = async () => [],
  now = () => new Date()
}: HomeListsDeps): Promise<HomeLists> {
  const today = localIsoDate(now())
  const rows = await signedRows(db, today)
  const results = await db
    .selectFrom('indicator_results')
    .select(['agreement_id', 'period_number', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['agreement_id', 'period_number'])
    .execute()
  const computed: Partial<Record<HomeListKind, HomeItem[]>> = {
    ...lifecycleItems(rows, today),
    ...followUpItems(rows, results, today, addDays(today, FOLLOW_UP_LOOKAHEAD_DAYS)),
    amendments: await amendmentItems(db),
    conflicts: conflictItems(await pendingConflicts())
  }
  const drafts = await draftItems(db, agreements)
  const lists = HOME_LIST_KINDS.map((kind): HomeList => {
    if (kind === 'drafts') return drafts
    const items = computed[kind] ?? []
    return { kind, total: items.length, items: items.slice(0, HOME_LIST_LIMIT) }
  })
  return { today, lists, total: lists.reduce((sum, list) => sum + list.total, 0) }
}
