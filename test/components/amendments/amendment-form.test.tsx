import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AmendmentForm } from '../../../src-renderer/src/pages/documents/AmendmentForm'
import { useComponentDatabase } from '../../support/component-database'
import { readyAgreement, signBoth } from '../../support/document-fixtures'

describe('AmendmentForm', () => {
  const component = useComponentDatabase()

  async function signedAgreement() {
    const { services } = component.database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    await signBoth(services, (await services.documents.generate({ agreementId: agreement.id })).id)
    return agreement
  }

  it('starts from the current wording of the sub-clause, and creates the amendment on it', async () => {
    const agreement = await signedAgreement()
    const onCreated = vi.fn()
    render(<AmendmentForm agreementId={agreement.id} onCreated={onCreated} />)
    await userEvent.click(screen.getByText('Rédiger un avenant'))
    await userEvent.selectOptions(
      await screen.findByLabelText('Article visé'),
      'Article 5.2 — Apports des parties'
    )
    const wording = screen.getByLabelText<HTMLTextAreaElement>('Nouvelle rédaction')
    expect(wording.value).toMatch(/^Apport de La Poste.:.Formation des bénévoles/)
    await userEvent.clear(wording)
    await userEvent.type(wording, 'Chaque Partie apporte ce que décrit l’annexe 2.')
    await userEvent.type(screen.getByLabelText(/Motif de l’avenant/), 'Préciser les apports')
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’avenant' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const { amendments } = await component.database.services.documents.list(agreement.id)
    expect(amendments[0]?.structuredChanges).toEqual([
      {
        kind: 'replace-clause',
        target: { articleKey: 'terms', clauseKey: 'contributions' },
        text: 'Chaque Partie apporte ce que décrit l’annexe 2.'
      }
    ])
  })

  it('shows the service’s French refusal of a shortening prolongation next to the date', async () => {
    const agreement = await signedAgreement()
    render(<AmendmentForm agreementId={agreement.id} onCreated={vi.fn()} />)
    await userEvent.click(screen.getByText('Rédiger un avenant'))
    await userEvent.selectOptions(
      await screen.findByLabelText('Nature de la modification'),
      'Prolonger la convention'
    )
    const date = screen.getByLabelText('Nouvelle date de fin (incluse)')
    expect(date).toHaveAccessibleDescription(/se termine aujourd’hui le 31\/12\/2030/)
    await userEvent.type(date, '2030-10-31')
    await userEvent.type(screen.getByLabelText(/Motif de l’avenant/), 'Prolonger')
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’avenant' }))
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'))
    expect(date).toHaveAccessibleDescription(/Une prolongation reporte le terme/)
    expect(screen.getByRole('button', { name: 'Créer l’avenant' })).toBeEnabled()
    expect((await component.database.services.documents.list(agreement.id)).amendments).toEqual([])
  })
})
