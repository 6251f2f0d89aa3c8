import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BackupsPanel } from '../../src-renderer/src/pages/settings/BackupsPanel'
import { partnerWithContact } from '../support/durability-fixtures'
import { useComponentDatabase } from '../support/component-database'

describe('BackupsPanel', () => {
  const component = useComponentDatabase()

  it('backs up on demand and lists the backup with its French date, type and size', async () => {
    render(<BackupsPanel />)
    expect(await screen.findByText('Aucune sauvegarde pour l’instant.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sauvegarder maintenant' }))
    expect(
      await screen.findByText(/Sauvegarde du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} créée et vérifiée\./)
    ).toBeInTheDocument()
    const row = (await screen.findAllByRole('row'))[1] as HTMLElement
    expect(within(row).getByText('Manuelle')).toBeInTheDocument()
    expect(within(row).getByText(/^\d+(,\d)? Ko$/)).toBeInTheDocument()
  })

  it('restores only after confirmation, and the data comes back', async () => {
    const partner = await component.database.services.partners.create(
      partnerWithContact('Structure sauvegardée', 'a@exemple.fr')
    )
    await component.database.services.backups.create()
    await component.database.services.partners.setArchived(partner.id, true)
    render(<BackupsPanel />)

    await userEvent.click(await screen.findByRole('button', { name: /Restaurer la sauvegarde du/ }))
    const dialog = screen.getByRole('alertdialog', { name: 'Confirmer la restauration' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect((await component.database.services.partners.get(partner.id)).archived).toBe(true)

    await userEvent.click(screen.getByRole('button', { name: /Restaurer la sauvegarde du/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Restaurer cette sauvegarde' }))
    expect(
      await screen.findByText(/Données restaurées à l’état du .* L’état précédent est conservé/)
    ).toBeInTheDocument()
    expect((await component.database.services.partners.get(partner.id)).archived).toBe(false)
    await waitFor(() => expect(screen.getByText('Avant restauration')).toBeInTheDocument())
  })
})
