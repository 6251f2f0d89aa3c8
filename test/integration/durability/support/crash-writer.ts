/**
 * Child process of the kill -9 trials: opens the database like the app does and performs real service writes
 * (partner creations and updates, agreement creations and autosaves) until it is killed. After each write the
 * service has acknowledged, it prints one line — `partner <id> <version>` or `agreement <id> <version>` — with a
 * synchronous write, so every line the parent reads describes a committed write.
 */
import { writeSync } from 'node:fs'
import { openDatabase } from '../../../../src-main/db/open-database'
import { createAgreementService } from '../../../../src-main/services/agreements/agreement.service'
import { createNeedService } from '../../../../src-main/services/needs/need.service'
import { createPartnerService } from '../../../../src-main/services/partners/partner.service'
import { createSettingsService } from '../../../../src-main/services/settings/settings.service'
import { emptyNeedInput } from '../../../../src-main/shared/schemas/need.schema'
import { emptyPartnerInput } from '../../../../src-main/shared/schemas/partner.schema'

const [file = '', tag = 'x'] = process.argv.slice(2)

function partner(version: number) {
  return {
    ...emptyPartnerInput(),
    name: `Structure ${tag} v${version}`,
    addressLine: `${version} rue de la Coopération`,
    contacts: [
      { name: `Contact ${version}`, role: '', email: `c${version}@exemple.fr`, phone: '', maySign: false }
    ]
  }
}

async function main(): Promise<void> {
  const database = await openDatabase(file)
  const { db } = database
  // Only the services written to: the child starts faster than with every service, and writes through the same code.
  const partners = createPartnerService({
    db,
    communes: () => Promise.reject(new Error('no commune is looked up'))
  })
  const settings = createSettingsService({ db })
  const agreements = createAgreementService({ db, settings })
  const needs = createNeedService({
    db,
    communes: () => Promise.reject(new Error('no commune is looked up')),
    listAgreements: async () => []
  })
  // Agreements need a need, a partner and a department for their reference: made once per database.
  if ((await settings.get()).coordinator.department === '') {
    await settings.update({ coordinator: { name: 'Essai', email: '', region: '', department: '33' } })
  }
  const need = await needs.create({ ...emptyNeedInput(), title: `Besoin ${tag}` })
  writeSync(1, 'ready\n')
  const partnerVersions = new Map<number, number>()
  const agreementIds: number[] = []
  for (let step = 1; ; step += 1) {
    if (step % 3 === 0) {
      const partnerId = [...partnerVersions.keys()][0]
      const id = agreementIds[Math.floor(Math.random() * agreementIds.length)]
      if (partnerId === undefined) continue
      if (id === undefined || step % 9 === 0) {
        const { agreement } = await agreements.create({
          needId: need.id,
          partnerId,
          title: `Convention ${tag} v${step}`
        })
        agreementIds.push(agreement.id)
        writeSync(1, `agreement ${agreement.id} ${step}\n`)
      } else {
        await agreements.saveDraft({
          id,
          step: 4,
          changes: { title: `Convention ${tag} v${step}`, place: `Lieu ${step}` }
        })
        writeSync(1, `agreement ${id} ${step}\n`)
      }
      continue
    }
    const ids = [...partnerVersions.keys()]
    const id = ids[step % 4 === 0 ? ids.length - 1 : Math.floor(Math.random() * ids.length)]
    if (id === undefined || step % 2 === 1) {
      const created = await partners.create(partner(step))
      partnerVersions.set(created.id, step)
      writeSync(1, `partner ${created.id} ${step}\n`)
    } else {
      await partners.update(id, partner(step))
      partnerVersions.set(id, step)
      writeSync(1, `partner ${id} ${step}\n`)
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`)
  process.exit(3)
})
