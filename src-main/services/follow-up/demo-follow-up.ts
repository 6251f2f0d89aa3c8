import type { AppDatabase } from '../../db/schema'
import { addDays, addMonths, localIsoDate } from '../../shared/agreements/agreement-dates'
import type { AppServices } from '../app-services'
import { DEMO_AGREEMENTS } from '../demo/demo-agreements'

/** Achievement of each demo indicator (in % of its target), so the portfolio shows every band. */
const DEMO_ACHIEVEMENTS: ReadonlyArray<readonly number[] | null> = [null, null, [114, 80], [44, 61]]

const DEMO_ATTENDEES = [
  'Claire Martin (La Poste, direction régionale)',
  'Bernard Lafitte (président du partenaire)',
  'Sophie Arnaud (coordinatrice des bénévoles)'
]

/**
 * Follow-up of the running demo conventions: held and planned committee meetings, indicator results of the first
 * year at various levels, leaving some due so the home page has something to show. Runs once per convention
 * (skipped when it already has a meeting).
 */
export async function seedDemoFollowUp(db: AppDatabase, services: AppServices, now: Date): Promise<number> {
  const today = localIsoDate(now)
  const titles = DEMO_AGREEMENTS.filter((spec) => spec.status === 'active').map((spec) => spec.title)
  let seeded = 0
  for (const [index, title] of titles.entries()) {
    const row = await db
      .selectFrom('agreements')
      .select(['id', 'start_date', 'status'])
      .where('title', '=', title)
      .executeTakeFirst()
    if (!row || row.status !== 'active' || row.start_date === null) continue
    const existing = await db
      .selectFrom('committee_meetings')
      .select('id')
      .where('agreement_id', '=', row.id)
      .executeTakeFirst()
    if (existing) continue
    const pattern = index % 4
    if (pattern !== 1) {
      const halfYear = addMonths(row.start_date, 6)
      const heldOn = pattern === 3 ? addDays(today, 14) : halfYear < today ? halfYear : addDays(today, -7)
      await services.followUp.saveMeeting({
        agreementId: row.id,
        heldOn,
        attendees: DEMO_ATTENDEES,
        decisions:
          pattern === 3
            ? 'Ordre du jour : bilan du premier semestre, calendrier des achats du second.'
            : 'Bilan des premiers mois partagé. Décision : élargir les horaires d’accueil le samedi matin.'
      })
    }
    const achievements = DEMO_ACHIEVEMENTS[pattern]
    if (achievements) {
      const { agreement } = await services.agreements.get(row.id)
      await services.followUp.recordResults({
        agreementId: row.id,
        periodNumber: 1,
        results: agreement.indicators.slice(0, achievements.length).map((indicator, indicatorIndex) => ({
          indicatorIndex,
          value: Math.round(((indicator.target ?? 0) * (achievements[indicatorIndex] ?? 0)) / 100),
          comment: 'Valeur à mi-parcours.'
        }))
      })
    }
    seeded += 1
  }
  return seeded
}
