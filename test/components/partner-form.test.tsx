import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyPartnerInput, type PartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { ReferenceProvider } from '../../src-renderer/src/app/reference-context'
import { PartnerForm } from '../../src-renderer/src/pages/partners/PartnerForm'
import { unwrap } from '../../src-renderer/src/api/client'
import { useComponentDatabase } from '../support/component-database'

describe('PartnerForm', () => {
  const component = useComponentDatabase()
  beforeEach(() => localStorage.clear())

  async function renderForm(onSubmit: (values: PartnerInput) => Promise<void>) {
    render(
      <ReferenceProvider>
        <PartnerForm
          draftKey="partner:new"
          initialValues={emptyPartnerInput()}
          submitLabel="Enregistrer"
          onSubmit={onSubmit}
        />
      </ReferenceProvider>
    )
    return screen.findByLabelText(/Nom de la structure/)
  }

  function errorOf(field: HTMLElement): string | undefined {
    const ids = field.getAttribute('aria-describedby')?.split(' ') ?? []
    return (
      ids
        .map((id) => document.getElementById(id))
        .find((element) => element?.classList.contains('field-error'))?.textContent ?? undefined
    )
  }

  it('shows French messages next to the faulty fields and does not submit', async () => {
    const onSubmit = vi.fn(async () => {})
    await renderForm(onSubmit)
    await userEvent.type(screen.getByLabelText('SIRET'), '12345678901234')
    await userEvent.type(screen.getByLabelText('Numéro RNA'), 'W12')
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))

    const name = screen.getByLabelText(/Nom de la structure/)
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(errorOf(name)).toBe('Indiquez le nom de la structure.')
    expect(errorOf(screen.getByLabelText('SIRET'))).toBe(
      'Ce SIRET est invalide (clé de contrôle incorrecte).'
    )
    expect(errorOf(screen.getByLabelText('Numéro RNA'))).toMatch(/W/)
    expect(name).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('fills the commune from a postal code that has only one', async () => {
    await renderForm(async () => {})
    await userEvent.type(screen.getByLabelText('Code postal'), '33520')
    await waitFor(() => expect(screen.getByLabelText('Commune')).toHaveValue('Bruges'))
  })

  it('shows the main process refusal next to the field it concerns', async () => {
    await renderForm(async (values) => {
      await unwrap(window.api.partners.create(values))
    })
    await userEvent.type(screen.getByLabelText(/Nom de la structure/), 'Épicerie solidaire')
    await userEvent.type(screen.getByLabelText('Code postal'), '33000')
    await userEvent.type(screen.getByLabelText('Commune'), 'Pessac')
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))

    const commune = screen.getByLabelText('Commune')
    await waitFor(() => expect(commune).toHaveAttribute('aria-invalid', 'true'))
    expect(errorOf(commune)).toContain('ne correspond pas au code postal 33000')
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.')
    expect(await component.database.services.partners.list()).toEqual([])
  })

  it('gives back what was typed when the form was closed before saving, until it is saved or dropped', async () => {
    await renderForm(async () => {})
    await userEvent.type(screen.getByLabelText(/Nom de la structure/), 'Ressourcerie du Val')
    cleanup()

    const name = await renderForm(async () => {})
    expect(name).toHaveValue('Ressourcerie du Val')
    expect(screen.getByRole('status')).toHaveTextContent('modifications non enregistrées')
    await userEvent.click(screen.getByRole('button', { name: 'Les abandonner' }))
    expect(screen.getByLabelText(/Nom de la structure/)).toHaveValue('')
    cleanup()

    expect(await renderForm(async () => {})).toHaveValue('')
  })
})
