import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyNeedInput } from '../../src-main/shared/schemas/need.schema'
import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { ReferenceProvider } from '../../src-renderer/src/app/reference-context'
import { AgreementWizardPage } from '../../src-renderer/src/pages/agreements/wizard/AgreementWizardPage'
import { useComponentDatabase } from '../support/component-database'

describe('patronage terms in the wizard', () => {
  const component = useComponentDatabase()
  let agreementId: number
  beforeEach(async () => {
    await component.database.services.settings.update({
      coordinator: { name: 'Claire Martin', email: '', region: 'Nouvelle-Aquitaine', department: '33' }
    })
    const partner = await component.database.services.partners.create({
      ...emptyPartnerInput(),
      name: 'Club sportif de Pessac',
      generalInterest: false,
      contacts: [{ name: 'Léa Roux', role: 'Présidente', email: '', phone: '', maySign: true }]
    })
    const need = await component.database.services.needs.create({
      ...emptyNeedInput(),
      title: 'Matériel pour l’école de rugby'
    })
    const view = await component.database.services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'patronage'
    })
    agreementId = view.agreement.id
  })
  function renderStep(step: number) {
    const router = createMemoryRouter(
      [{ path: '/conventions/:agreementId/etape/:step', element: <AgreementWizardPage /> }],
      {
        initialEntries: [`/conventions/${agreementId}/etape/${step}`]
      }
    )
    render(
      <ReferenceProvider>
        <RouterProvider router={router} />
      </ReferenceProvider>
    )
  }

  it('says at once that the partner cannot receive mécénat, and refuses counterparts above 25 % of the gift', async () => {
    renderStep(4)
    const user = userEvent.setup()
    expect(
      await screen.findByText(/ni comme d’intérêt général ni comme reconnu d’utilité publique/)
    ).toBeInTheDocument()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Nature du mécénat' }),
      'Mécénat financier'
    )
    await user.type(await screen.findByRole('textbox', { name: 'Montant du don' }), '1 000')
    expect(screen.getByRole('button', { name: 'Ajouter un versement' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ajouter une contrepartie' }))
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Logo sur les maillots')
    await user.type(screen.getByRole('textbox', { name: 'Valeur' }), '250')
    expect(screen.queryByText(/dépassent 25 %/)).not.toBeInTheDocument()

    await user.clear(screen.getByRole('textbox', { name: 'Valeur' }))
    await user.type(screen.getByRole('textbox', { name: 'Valeur' }), '250,01')
    expect(await screen.findByText(/dépassent 25 % de la valeur du don/)).toBeInTheDocument()

    await waitFor(async () => {
      const { agreement, check } = await component.database.services.agreements.get(agreementId)
      expect(agreement.terms).toMatchObject({
        type: 'patronage',
        nature: 'financial',
        amountCents: 100000,
        counterparts: [{ description: 'Logo sur les maillots', valueCents: 25001 }]
      })
      expect(check.problems.map((problem) => problem.code)).toEqual(
        expect.arrayContaining(['patronage-beneficiary-not-eligible', 'counterparts-over-25-percent'])
      )
    })
  }, 15_000)

  it('asks an in-kind gift for its goods, valuation method and delivery, not for instalments', async () => {
    renderStep(4)
    const user = userEvent.setup()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Nature du mécénat' }),
      'Mécénat en nature'
    )
    expect(await screen.findByRole('textbox', { name: /Biens donnés/ })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: /Méthode de valorisation/ })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /Matériel informatique/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ajouter un versement' })).not.toBeInTheDocument()
  })

  it('values skills patronage as employees × days × daily cost', async () => {
    renderStep(4)
    const user = userEvent.setup()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Nature du mécénat' }),
      'Mécénat de compétences'
    )
    await user.type(screen.getByRole('spinbutton', { name: /Salariés mobilisés/ }), '4')
    await user.type(screen.getByRole('spinbutton', { name: /Jours par salarié/ }), '3')
    await user.type(screen.getByRole('textbox', { name: /Coût journalier/ }), '250')
    expect((await screen.findByText(/Valorisation/)).textContent?.replace(/\s/g, ' ')).toContain('3 000,00 €')
  })
})
