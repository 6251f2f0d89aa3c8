import { parseArgs } from 'node:util'
import { seedDemoData } from '../../services/demo/demo.service'
import type { CliContext } from '../cli-io'

export async function runDemo(args: string[], { db, services, output }: CliContext): Promise<void> {
  parseArgs({ args, options: {}, strict: true, allowPositionals: false })
  const outcome = await seedDemoData(db, services)
  output.out(
    `Données d'exemple : ${outcome.partnersCreated} partenaire(s) ajouté(s), ${outcome.partnersExisting} déjà présent(s).`
  )
}
