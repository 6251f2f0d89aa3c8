/**
 * Child process of the kill -9 generation trials: generates the Word file of each agreement given, two calls at a
 * time on the same agreement (a double click), the way the app does, and prints `generated <file>` once the service
 * has answered with a recorded version.
 */
import { writeSync } from 'node:fs'
import { openDatabase } from '../../../../src-main/db/open-database'
import { createAppServices } from '../../../../src-main/services/app-services'

const [file = '', ...ids] = process.argv.slice(2)

async function main(): Promise<void> {
  const database = await openDatabase(file)
  const services = createAppServices({ db: database.db, databasePath: file, version: 'test' })
  writeSync(1, 'ready\n')
  for (const id of ids) {
    const both = await Promise.allSettled([
      services.documents.generate({ agreementId: Number(id) }),
      services.documents.generate({ agreementId: Number(id) })
    ])
    for (const outcome of both)
      if (outcome.status === 'fulfilled') writeSync(1, `generated ${outcome.value.fileName}\n`)
  }
  writeSync(1, 'done\n')
  // Stay alive until killed: the parent always ends a trial with SIGKILL.
  setInterval(() => undefined, 1000)
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`)
  process.exit(3)
})
