import type { AppDatabase } from '../../db/schema'
import { addMonths, localIsoDate } from '../../shared/agreements/agreement-dates'
import type { AppServices } from '../app-services'
import { DEMO_AGREEMENTS, PATH_TO_STATUS } from './demo-agreements'
import { DEMO_NEEDS } from './demo-needs'

export interface DemoAgreementsOutcome {
  needsCreated: number
  needsExisting: number
  agreementsCreated: number
  agreementsExisting: number
}

/** Seeds the sample needs (matched by title) and returns their ids in DEMO_NEEDS order. */
async function seedNeeds(
  db: AppDatabase,
  services: AppServices,
  outcome: DemoAgreementsOutcome
): Promise<number[]> {
  const domains = await db.selectFrom('action_domains').select(['id', 'code']).execute()
  const ids: number[] = []
  for (const { domainCode, ...need } of DEMO_NEEDS) {
    const existing = await db
      .selectFrom('local_needs')
      .select('id')
      .where('title', '=', need.title)
      .executeTakeFirst()
    if (existing) {
      outcome.needsExisting += 1
      ids.push(existing.id)
      continue
    }
    const created = await services.needs.create({
      ...need,
      domainId: domains.find((domain) => domain.code === domainCode)?.id ?? null
    })
    outcome.needsCreated += 1
    ids.push(created.id)
  }
  return ids
}

/**
 * Sample needs and agreements of the four types at every status, taken through the real service (autosave, checks,
 * transitions). Running it again adds nothing: agreements are matched by title. Expects the demo partners.
 */
export async function seedDemoAgreements(
  db: AppDatabase,
  services: AppServices,
  now: Date
): Promise<DemoAgreementsOutcome> {
  const outcome: DemoAgreementsOutcome = {
    needsCreated: 0,
    needsExisting: 0,
    agreementsCreated: 0,
    agreementsExisting: 0
  }
  const needIds = await seedNeeds(db, services, outcome)
  const today = localIsoDate(now)
  for (const spec of DEMO_AGREEMENTS) {
    const existing = await db
      .selectFrom('agreements')
      .select('id')
      .where('title', '=', spec.title)
      .executeTakeFirst()
    const partner = await db
      .selectFrom('partners')
      .select('id')
      .where('siret', '=', spec.partnerSiret)
      .executeTakeFirst()
    const needId = needIds[spec.need]
    if (existing || !partner || needId === undefined) {
      outcome.agreementsExisting += existing ? 1 : 0
      continue
    }
    const { agreement } = await services.agreements.create({
      needId,
      partnerId: partner.id,
      type: spec.type,
      title: spec.title
    })
    const startDate = addMonths(today, spec.startInMonths)
    await services.agreements.saveDraft({
      id: agreement.id,
      step: spec.partial ? 4 : 8,
      changes: { ...spec.content(startDate), startDate, durationMonths: spec.durationMonths }
    })
    for (const to of PATH_TO_STATUS[spec.status]) {
      await services.agreements.transition({
        id: agreement.id,
        to,
        ...(to === 'terminated' ? { reason: 'Le partenaire a cessé cette activité.' } : {})
      })
    }
    outcome.agreementsCreated += 1
  }
  return outcome
}
