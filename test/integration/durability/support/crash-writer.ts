/**
 * Child process of the kill -9 trials: opens the database like the app does and performs real service writes
 * (partner creations and updates) until it is killed. After each write the service has acknowledged, it prints
 * one line — `create <id> <version>` or `update <id> <version>` — with a synchronous write, so every line the
 * parent reads describes a committed write.
 */
import { writeSync } from 'node:fs'
import { openDatabase } from '../../../../src-main/db/open-database'
import { createPartnerService } from '../../../../src-main/services/partners/partner.service'
import { emptyPartnerInput } from '../../../../src-main/shared/schemas/partner.schema'

const [file = '', tag = 'x'] = process.argv.slice(2)

function partner(version: number) {
  return {
    ...emptyPartnerInput(),
    name: `Structure ${tag} v${version}`,
    addressLine: `${version} rue de la Coopération`,
    contacts: [{ name: `Contact ${version}`, role: '', email: `c${version}@exemple.fr`, phone: '', maySign: false }]
  }
}

async function main(): Promise<void> {
  const database = await openDatabase(file)
  // The partner service alone: the child starts faster than with every service, and writes through the same code.
  const partners = createPartnerService({ db: database.db, communes: () => Promise.reject(new Error('no commune is looked up')) })
  const versions = new Map<number, number>()
  writeSync(1, 'ready\n')
  for (let step = 1; ; step += 1) {
    const ids = [...versions.keys()]
    const id = ids[step % 3 === 0 ? ids.length - 1 : Math.floor(Math.random() * ids.length)]
    if (id === undefined || step % 2 === 1) {
      const created = await partners.create(partner(step))
      versions.set(created.id, step)
      writeSync(1, `create ${created.id} ${step}\n`)
    } else {
      await partners.update(id, partner(step))
      versions.set(id, step)
      writeSync(1, `update ${id} ${step}\n`)
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`)
  process.exit(3)
})
