import type { AppServices } from '../app-services'
import type { AppDatabase } from '../../db/schema'
import { seedDemoAgreements, type DemoAgreementsOutcome } from './demo-agreements.service'
import { DEMO_PARTNERS } from './demo-partners'
import { seedDemoFollowUp } from '../follow-up/demo-follow-up'
import { seedDemoAmendments } from './demo-amendments'

export interface DemoOutcome extends DemoAgreementsOutcome {
  partnersCreated: number
  partnersExisting: number
  /** The demo's amendments added: a signed prolongation and a draft raise, the first time. */
  amendmentsCreated: number
}

/** Fills the database with sample data; running it again adds nothing (partners are matched by SIRET). */
export async function seedDemoData(
  db: AppDatabase,
  services: AppServices,
  now = new Date()
): Promise<DemoOutcome> {
  const networks = await db.selectFrom('head_networks').select(['id', 'acronym']).execute()
  const networkId = (acronym: string | null) =>
    networks.find((network) => network.acronym === acronym)?.id ?? null
  const outcome = { partnersCreated: 0, partnersExisting: 0 }
  for (const { headNetwork, ...partner } of DEMO_PARTNERS) {
    const existing = await db
      .selectFrom('partners')
      .select('id')
      .where('siret', '=', partner.siret)
      .executeTakeFirst()
    if (existing) {
      outcome.partnersExisting += 1
      continue
    }
    await services.partners.create({ ...partner, headNetworkId: networkId(headNetwork) })
    outcome.partnersCreated += 1
  }
  const agreements = await seedDemoAgreements(db, services, now)
  await seedDemoFollowUp(db, services, now)
  const amendmentsCreated = await seedDemoAmendments(db, services)
  return { ...outcome, ...agreements, amendmentsCreated }
}
