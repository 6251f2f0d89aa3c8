import { rmSync } from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CertificatesPanel } from '../../src-renderer/src/pages/settings/CertificatesPanel'
import { useComponentDatabase } from '../support/component-database'
import { makeTempFolder } from '../support/temp-database'
import { makeTestCa, type TestCa } from '../support/test-ca'

// Keys are sealed with scrypt (deliberately slow): these tests take seconds, not milliseconds.
describe('CertificatesPanel', { timeout: 30_000 }, () => {
  useComponentDatabase()
  let folder: string
  let ca: TestCa
  beforeAll(() => {
    folder = makeTempFolder('panel-ca-')
    ca = makeTestCa(folder)
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const importForm = () => screen.getByRole('form', { name: 'Importer un certificat personnel' })

  it('says what each level means, then imports a personal certificate: refused passphrase next to its field', async () => {
    render(<CertificatesPanel />)
    expect(await screen.findByText('Aucun certificat de signature sur ce poste.')).toBeInTheDocument()
    expect(screen.getByText(/article 1367 du Code civil/)).toBeInTheDocument()
    expect(screen.getByText(/eIDAS, article 26/)).toBeInTheDocument()
    expect(screen.queryByText(/qualifiée|authentique/)).not.toBeInTheDocument()

    const form = importForm()
    await userEvent.upload(
      within(form).getByLabelText(/Fichier du certificat/),
      new File([new Uint8Array(ca.laPoste.p12)], 'claire.p12', { type: 'application/x-pkcs12' })
    )
    await userEvent.type(within(form).getByLabelText('Phrase secrète du fichier'), 'mauvaise')
    await userEvent.type(within(form).getByLabelText(/Phrase secrète de signature/), 'ma phrase de signature')
    await userEvent.click(within(form).getByRole('button', { name: 'Importer le certificat' }))
    const passphraseField = within(form).getByLabelText('Phrase secrète du fichier')
    expect(await within(form).findByText('Phrase secrète incorrecte.')).toBeInTheDocument()
    expect(passphraseField).toHaveAttribute('aria-invalid', 'true')

    await userEvent.clear(passphraseField)
    await userEvent.type(passphraseField, ca.laPoste.passphrase)
    await userEvent.click(within(form).getByRole('button', { name: 'Importer le certificat' }))
    expect(await screen.findByText('Certificat importé depuis claire.p12.')).toBeInTheDocument()
    const row = screen.getByRole('row', { name: /Claire Martin/ })
    expect(within(row).getByText('Personnel')).toBeInTheDocument()
    expect(within(row).getByText('signature simple')).toBeInTheDocument()
    expect(within(row).getByText('Phrase secrète')).toBeInTheDocument()
  })

  it('trusting the issuing authority makes the same certificate give advanced signatures', async () => {
    render(<CertificatesPanel />)
    const form = await screen.findByRole('form', { name: 'Importer un certificat personnel' })
    await userEvent.upload(
      within(form).getByLabelText(/Fichier du certificat/),
      new File([new Uint8Array(ca.laPoste.p12)], 'claire.p12')
    )
    await userEvent.type(within(form).getByLabelText('Phrase secrète du fichier'), ca.laPoste.passphrase)
    await userEvent.type(within(form).getByLabelText(/Phrase secrète de signature/), 'ma phrase de signature')
    await userEvent.click(within(form).getByRole('button', { name: 'Importer le certificat' }))
    await screen.findByRole('row', { name: /Claire Martin/ })

    await userEvent.upload(
      screen.getByLabelText(/Certificat d’une autorité/),
      new File([ca.caPem], 'autorite.pem')
    )
    await userEvent.click(screen.getByRole('button', { name: 'Reconnaître cette autorité' }))
    expect(await screen.findByText('Autorité ajoutée depuis autorite.pem.')).toBeInTheDocument()
    const authorities = screen.getByRole('table', { name: 'Autorités de certification reconnues' })
    expect(
      within(authorities).getByRole('rowheader', { name: 'Autorité de test Alliance' })
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('row', { name: /Claire Martin/ })).getByText('signature avancée')
    ).toBeInTheDocument()
  })

  it('issues a local certificate only with a passphrase here, and calls it simple', async () => {
    render(<CertificatesPanel />)
    const form = await screen.findByRole('form', { name: 'Créer un certificat local' })
    expect(within(form).getByText(/signatures simples/)).toBeInTheDocument()
    await userEvent.type(within(form).getByLabelText(/Titulaire/), 'Claire Martin')
    await userEvent.type(within(form).getByLabelText(/Organisation/), 'La Poste — Nouvelle-Aquitaine')
    const create = within(form).getByRole('button', { name: 'Créer un certificat local' })
    await userEvent.click(create)
    expect(
      await within(form).findByText('Choisissez une phrase secrète pour protéger la clé.')
    ).toBeInTheDocument()
    await userEvent.type(within(form).getByLabelText(/Phrase secrète de signature/), 'phrase locale sûre')
    await userEvent.click(create)
    expect(
      await screen.findByText('Certificat local créé. Il donne une signature simple.')
    ).toBeInTheDocument()
    const row = screen.getByRole('row', { name: /Claire Martin/ })
    expect(within(row).getByText('Local (ce poste)')).toBeInTheDocument()
    expect(within(row).getByText('signature simple')).toBeInTheDocument()
  })
})
