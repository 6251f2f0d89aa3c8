/** Figures of the portfolio view: each chart's data, also shown as a table beside it. */

export interface CountByKey {
  key: string
  label: string
  count: number
}

export interface AmountsByYear {
  year: number
  /** Cents per partnership type code. */
  amounts: Record<string, number>
  total: number
}

export const ACHIEVEMENT_BANDS = ['under-50', '50-79', '80-99', '100-plus'] as const
export type AchievementBand = (typeof ACHIEVEMENT_BANDS)[number]
export const ACHIEVEMENT_BAND_LABELS: Record<AchievementBand, string> = {
  'under-50': 'Moins de 50 %',
  '50-79': 'De 50 à 79 %',
  '80-99': 'De 80 à 99 %',
  '100-plus': '100 % et plus'
}

export interface IndicatorAchievement {
  agreementId: number
  reference: string
  indicatorLabel: string
  periodLabel: string
  value: number
  target: number
  percent: number
}

export interface PortfolioStats {
  /** Conventions counted (drafts included in the status chart only). */
  total: number
  byStatus: CountByKey[]
  byType: CountByKey[]
  byEngagement: CountByKey[]
  byDomain: CountByKey[]
  amountsByYear: AmountsByYear[]
  achievementBands: CountByKey[]
  /** The latest result of each indicator with a target, lowest achievement first. */
  achievements: IndicatorAchievement[]
}

/** One hit of the global search (Ctrl+K). */
export interface SearchHit {
  kind: 'agreement' | 'partner' | 'need'
  id: number
  label: string
  detail: string
  /** Agreements: where to open them (drafts in the wizard). */
  status?: string
  wizardStep?: number
}
