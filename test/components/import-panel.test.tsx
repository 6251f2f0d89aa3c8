import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportPanel } from '../../src-renderer/src/pages/exchange/ImportPanel'
import { useComponentDatabase } from '../support/component-database'
import { amendRemuneration, readyAgreement, signBoth } from '../support/document-fixtures'
import { openTempDatabase } from '../support/temp-database'
import { EXPORTING_COORDINATOR } from '../support/agreement-fixtures'
import { forgeBundle } from '../integration/exchange/forge-fixtures'

describe('ImportPanel', () => {
  const component = useComponentDatabase()

  it('previews a dropped bundle, warns of an amendment written differently here, and imports', async () => {
    const source = await openTempDatabase()
    let bundle: Buffer
    let reference: string
    try {
      const agreement = await readyAgreement(source.services, 'economic-cooperation')
      reference = agreement.reference
      await signBoth(
        source.services,
        (await source.services.documents.generate({ agreementId: agreement.id })).id
      )
      const first = join(source.folder, 'premier.zip')
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: first })
      const here = component.database.services
      await here.exchange.importFile({ filePath: first })
      const [received] = (await here.agreements.search({ search: reference })).rows
      await here.documents.createAmendment({
        agreementId: received?.id ?? 0,
        reason: 'Prolongation',
        effectiveDate: null,
        changes: [{ articleNumber: 5, articleTitle: 'Durée', newText: 'Prolongée d’un an.' }]
      })
      await amendRemuneration(source.services, agreement.id)
      const second = join(source.folder, 'second.zip')
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: second })
      bundle = readFileSync(second)
    } finally {
      await source.dispose()
    }

    render(<ImportPanel />)
    const file = new File([new Uint8Array(bundle)], 'second.zip', { type: 'application/zip' })
    // jsdom's File has no arrayBuffer(); Chromium's has, and the panel reads the dropped file with it.
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(bundle).buffer })
    fireEvent.drop(screen.getByText(/Déposez ici un fichier d’échange/).parentElement as HTMLElement, {
      dataTransfer: { files: [file] }
    })
    expect(
      await screen.findByText(/^Avenant rédigé différemment ici sous le même numéro, gardé tel quel/)
    ).toHaveTextContent(`${reference}-A1`)
    await userEvent.click(screen.getByRole('button', { name: 'Importer' }))
    expect(await screen.findByText(/^Import terminé/)).toHaveTextContent(
      `gardé(s) tel(s) quel(s) : ${reference}-A1`
    )
    const [row] = (await component.database.services.agreements.search({ search: reference })).rows
    const { amendments } = await component.database.services.documents.list(row?.id ?? 0)
    expect(amendments.map((amendment) => amendment.reason)).toEqual(['Prolongation'])
  })

  it('shows who signed, what is refused and why, and asks to confirm an unsigned bundle before importing', async () => {
    const source = await openTempDatabase()
    let bundle: Buffer
    try {
      await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
      await readyAgreement(source.services, 'economic-cooperation')
      const valid = join(source.folder, 'valide.zip')
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: valid })
      const forged = await forgeBundle(valid, {
        signWith: null,
        manifest: (manifest) => ({
          ...manifest,
          partners: manifest.partners.map((partner) => ({ ...partner, siret: '12345678901234' }))
        })
      })
      bundle = readFileSync(forged)
    } finally {
      await source.dispose()
    }
    render(<ImportPanel />)
    const file = new File([new Uint8Array(bundle)], 'non-signe.zip', { type: 'application/zip' })
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(bundle).buffer })
    fireEvent.drop(screen.getByText(/Déposez ici un fichier d’échange/).parentElement as HTMLElement, {
      dataTransfer: { files: [file] }
    })
    const sender = await screen.findByRole('region', { name: 'Expéditeur' })
    expect(sender).toHaveTextContent('Signé parClaire Dubois (Nouvelle-Aquitaine)')
    expect(sender).toHaveTextContent('aucune (fichier non signé)')
    expect(sender).toHaveTextContent('ce fichier n’est pas signé')
    const refused = screen.getByRole('region', { name: /Refusé à l’import/ })
    expect(refused).toHaveTextContent(/SIRET : Ce SIRET est invalide/)
    expect(refused).toHaveTextContent(/son partenaire « .* » est refusé/)
    const importButton = screen.getByRole('button', { name: 'Importer' })
    expect(importButton).toBeDisabled()
    await userEvent.click(screen.getByRole('checkbox', { name: /J’ai vérifié avec l’expéditeur/ }))
    expect(importButton).toBeEnabled()
    await userEvent.click(importButton)
    expect(await screen.findByText(/^Import terminé/)).toHaveTextContent('élément(s) du fichier refusé(s)')
    expect((await component.database.services.agreements.search({})).rows).toEqual([])
  })
})
