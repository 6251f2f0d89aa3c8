import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import { GlobalSearch } from '../../src-renderer/src/components/global-search/GlobalSearch'
import { HomePage } from '../../src-renderer/src/pages/home/HomePage'
import { seedNeedAndPartner } from '../support/agreement-fixtures'
import { useComponentDatabase } from '../support/component-database'

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>
}

describe('home page and global search', () => {
  const component = useComponentDatabase()

  it('deletes a draft only after confirmation, then shows it in the log of deleted drafts', async () => {
    const { services } = component.database
    const { need, partner } = await seedNeedAndPartner(services)
    const { agreement } = await services.agreements.create({ needId: need.id, partnerId: partner.id })
    render(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>
    )
    const drafts = await screen.findByRole('region', { name: /^Brouillons à terminer/ })
    expect(within(drafts).getByRole('link', { name: `Reprendre : ${agreement.reference}` })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/conventions\/\d+\/etape\/\d$/)
    )
    await userEvent.click(
      within(drafts).getByRole('button', { name: `Supprimer le brouillon ${agreement.reference}` })
    )
    const confirm = screen.getByRole('group', {
      name: `Confirmer la suppression du brouillon ${agreement.reference}`
    })
    expect(within(confirm).getByRole('button', { name: 'Annuler' })).toHaveFocus()
    await userEvent.click(within(confirm).getByRole('button', { name: 'Oui, supprimer' }))
    expect(await screen.findByText(/est supprimé ; son historique reste consultable/)).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Brouillons à terminer/ })).toBeNull())
    expect(await screen.findByText('Brouillons supprimés (1)')).toBeInTheDocument()
    expect(await services.lifecycle.deletedDrafts()).toHaveLength(1)
  })

  it('opens with Ctrl+K, moves with the arrows, opens the hit with Enter and gives the focus back on Escape', async () => {
    const { services } = component.database
    const { partner, need } = await seedNeedAndPartner(services)
    // A convention of the partner comes first among the hits: the partner has to be reached with the arrows.
    await services.agreements.create({ needId: need.id, partnerId: partner.id })
    render(
      <MemoryRouter>
        <GlobalSearch />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    )
    const trigger = screen.getByRole('button', { name: /^Rechercher/ })
    await userEvent.keyboard('{Control>}k{/Control}')
    const box = screen.getByRole('combobox', { name: /Rechercher une convention/ })
    expect(box).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(trigger).toHaveFocus()

    await userEvent.click(trigger)
    await userEvent.type(screen.getByRole('combobox'), 'zone rurale')
    const options = await screen.findAllByRole('option')
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await userEvent.type(screen.getByRole('combobox'), '{Backspace}'.repeat(11) + 'gironde')
    const partnerOption = await screen.findByRole('option', { name: /Partenaire.*Banque alimentaire/ })
    const index = screen.getAllByRole('option').indexOf(partnerOption)
    expect(index).toBeGreaterThan(0)
    await userEvent.keyboard('{ArrowDown}'.repeat(index))
    expect(partnerOption).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-activedescendant', partnerOption.id)
    await userEvent.keyboard('{Enter}')
    expect(screen.getByTestId('where')).toHaveTextContent(`/partenaires/${partner.id}`)
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
