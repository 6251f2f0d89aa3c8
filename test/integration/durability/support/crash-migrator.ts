/**
 * Child process of the migration crash trials: migrates `file` with the app's migrations, but kills itself with
 * SIGKILL right after migration number `killAt` has run its statements, before its transaction commits.
 */
import { openDatabase } from '../../../../src-main/db/open-database'
import { MIGRATIONS } from '../../../../src-main/db/migrations'

const [file = '', killAtText = '1'] = process.argv.slice(2)
const killAt = Number(killAtText)

const migrations = MIGRATIONS.map((migration, index) =>
  index + 1 === killAt
    ? {
        name: migration.name,
        up: async (...args: Parameters<typeof migration.up>) => {
          await migration.up(...args)
          process.kill(process.pid, 'SIGKILL')
          await new Promise(() => {})
        }
      }
    : migration
)

openDatabase(file, { migrations }).then(
  () => process.exit(4),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(3)
  }
)
