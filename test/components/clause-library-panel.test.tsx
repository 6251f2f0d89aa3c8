import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ClauseLibraryPanel } from '../../src-renderer/src/pages/settings/ClauseLibraryPanel'
import { useComponentDatabase } from '../support/component-database'

describe('ClauseLibraryPanel', () => {
  const component = useComponentDatabase()

  it('edits a clause with a live preview, saves a version, refuses an unknown field, and restores the default', async () => {
    render(<ClauseLibraryPanel />)
    await userEvent.selectOptions(await screen.findByLabelText('Clause'), 'common.force-majeure')
    const textarea = screen.getByLabelText('Texte de la clause')
    expect(textarea).toHaveDisplayValue(/article 1218 du code civil/)
    expect(screen.getByText('Texte par défaut de l’application.')).toBeInTheDocument()
    const save = screen.getByRole('button', { name: 'Enregistrer ce texte' })
    expect(save).toBeDisabled()

    await userEvent.clear(textarea)
    await userEvent.type(textarea, 'Nouvelle rédaction : cas de force majeure.')
    const preview = screen.getByRole('region', { name: 'Aperçu sur une convention d’exemple' })
    // French typography applied in the preview: a non-breaking space before the colon.
    expect(preview.textContent).toContain('Nouvelle rédaction\u00a0: cas de force majeure.')
    await userEvent.click(save)
    expect(
      await screen.findByText('Texte enregistré : les prochains documents l’utiliseront.')
    ).toBeInTheDocument()
    expect(screen.getByText(/^Version 1, enregistrée le/)).toBeInTheDocument()
    const clauses = await component.database.services.documents.clauses.list()
    expect(clauses.find((clause) => clause.key === 'common.force-majeure')?.variants[0]?.version).toBe(1)

    await userEvent.selectOptions(screen.getByLabelText('Clause'), 'common.duration')
    const duration = screen.getByLabelText('Texte de la clause')
    await userEvent.type(duration, ' {{endDatee}')
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ce texte' }))
    expect(await screen.findByText('Champ inconnu : corrigez-le ou retirez-le.')).toBeInTheDocument()
    expect(screen.getByLabelText('Texte de la clause')).toHaveAttribute('aria-invalid', 'true')

    await userEvent.selectOptions(screen.getByLabelText('Clause'), 'common.force-majeure')
    await userEvent.click(screen.getByRole('button', { name: 'Rétablir le texte par défaut' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Texte de la clause')).toHaveDisplayValue(/article 1218/)
    )
  })
})
