import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { openDatabase } from '../db/open-database'
import { translateStorageError } from '../db/storage-errors'
import { createAppServices } from '../services/app-services'
import { AppError } from '../shared/errors'
import { PARTNER_FIELD_LABELS } from '../shared/schemas/partner.schema'
import { cleanText } from '../shared/text/display-text'
import { USAGE, UsageError, type CliOutput } from './cli-io'
import { runAgreements } from './commands/agreements'
import { runBackup } from './commands/backup'
import { runCalendar } from './commands/calendar'
import { runCheck } from './commands/check'
import { runDemo } from './commands/demo'
import { runDocuments } from './commands/documents'
import { runExchange } from './commands/exchange'
import { runPartners } from './commands/partners'
import { runPortfolio } from './commands/portfolio'
import { defaultDatabasePath } from './default-paths'

/** Commands that work on the database file itself: they must run even when the database cannot be opened. */
const FILE_COMMANDS = {
  backup: runBackup,
  check: runCheck
} as const

const COMMANDS = {
  demo: runDemo,
  partners: runPartners,
  agreements: runAgreements,
  exchange: runExchange,
  documents: runDocuments,
  portfolio: runPortfolio,
  calendar: runCalendar
} as const

function splitGlobalOptions(argv: string[]): { databasePath: string; rest: string[] } {
  const rest = [...argv]
  let databasePath = defaultDatabasePath()
  const dbIndex = rest.indexOf('--db')
  if (dbIndex !== -1) {
    const value = rest[dbIndex + 1]
    if (!value || value.startsWith('--')) throw new UsageError('--db attend un chemin de fichier')
    databasePath = resolve(value)
    rest.splice(dbIndex, 2)
  }
  return { databasePath, rest }
}

/**
 * Everything printed passes through `cleanText`: a name received in a bundle cannot move the cursor or rewrite the
 * terminal with escape sequences.
 */
function safeOutput(output: CliOutput): CliOutput {
  return { out: (text) => output.out(cleanText(text)), err: (text) => output.err(cleanText(text)) }
}

/** Runs one CLI invocation and returns its exit code: 0 success, 1 refused data, 2 bad usage. */
export async function runCli(argv: string[], rawOutput: CliOutput, version = '0.0.0'): Promise<number> {
  const output = safeOutput(rawOutput)
  try {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      output.out(USAGE)
      return argv.length === 0 ? 2 : 0
    }
    const { databasePath, rest } = splitGlobalOptions(argv)
    const [commandName, ...args] = rest
    const fileCommand = FILE_COMMANDS[commandName as keyof typeof FILE_COMMANDS]
    if (fileCommand) {
      await fileCommand(args, { databasePath, output })
      return 0
    }
    const command = COMMANDS[commandName as keyof typeof COMMANDS]
    if (!command) throw new UsageError(`Commande inconnue : ${commandName ?? '(aucune)'}`)
    mkdirSync(dirname(databasePath), { recursive: true })
    const database = await openDatabase(databasePath)
    try {
      const services = createAppServices({ db: database.db, databasePath, version })
      await command(args, { db: database.db, services, output })
    } finally {
      await database.close()
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      output.err(`${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    const translated = translateStorageError(error)
    if (translated instanceof AppError) {
      output.err(translated.message)
      for (const [field, message] of Object.entries(translated.fieldErrors ?? {})) {
        output.err(`  – ${PARTNER_FIELD_LABELS[field] ?? field} : ${message}`)
      }
      return 1
    }
    // A bug, not something the user can act on: no English text or error code on their screen.
    output.err("Erreur inattendue : l'opération n'a pas abouti.")
    return 1
  }
}
