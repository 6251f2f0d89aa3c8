import type { WizardStep } from '../schemas/agreement.schema'

/** The lists of the home page « À traiter », in the order they are shown. */
export const HOME_LIST_KINDS = [
  'drafts',
  'toSign',
  'notStarted',
  'ending',
  'committees',
  'reports',
  'amendments',
  'conflicts'
] as const
export type HomeListKind = (typeof HOME_LIST_KINDS)[number]

export const HOME_LIST_TITLES: Record<HomeListKind, string> = {
  drafts: 'Brouillons à terminer',
  toSign: 'Prêtes, pas encore signées',
  notStarted: 'Signées, pas encore commencées',
  ending: 'Se terminent dans les 90 jours',
  committees: 'Comités de suivi à tenir',
  reports: 'Résultats et bilans attendus',
  amendments: 'Avenants à faire signer',
  conflicts: 'Fichiers reçus en conflit'
}

/** One thing to do, with what the page needs to link to the place that resolves it. */
export interface HomeItem {
  agreementId: number | null
  reference: string
  title: string
  partnerName: string | null
  /** The date that matters: due date, start, end… */
  date: string | null
  /** What to do, or what blocks it, in French. */
  detail: string
  /** The date has passed. */
  overdue: boolean
  /** Drafts: the wizard step of the first problem to fix. */
  wizardStep?: WizardStep
  /** Reports: whether indicator results or the final evaluation are due. */
  report?: 'results' | 'evaluation'
}

export interface HomeList {
  kind: HomeListKind
  /** How many there are in all; `items` holds the first ones. */
  total: number
  items: HomeItem[]
}

export interface HomeLists {
  today: string
  lists: HomeList[]
  /** Everything to do, all lists together (shown in the navigation). */
  total: number
}

/** Days ahead in which an end counts as « ending soon » on the home page. */
export const ENDING_WITHIN_DAYS = 90

/** What the start-up notification tells: what falls due within the week. */
export interface DueThisWeek {
  count: number
  lines: string[]
}

/** A deleted draft, as the deletion log keeps it with its history. */
export interface DeletedDraft {
  id: number
  agreementId: number
  reference: string
  title: string
  partnerName: string | null
  deletedAt: string
  history: Array<{ at: string; summary: string }>
}

/** A received bundle previewed with conflicts and not imported yet. */
export interface PendingConflict {
  fileName: string
  /** « Name, Region » of the sender; empty when the bundle does not say. */
  exportedBy: string
  conflicts: number
}
