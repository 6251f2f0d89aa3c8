import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ReferenceProvider } from '../../src-renderer/src/app/reference-context'
import { DomainsEditor } from '../../src-renderer/src/pages/settings/DomainsEditor'
import { HeadNetworksEditor } from '../../src-renderer/src/pages/settings/HeadNetworksEditor'
import { useComponentDatabase } from '../support/component-database'

describe('editable reference lists in Settings', () => {
  const component = useComponentDatabase()

  it('renames an action domain, archives it, and adds a new one', async () => {
    const user = userEvent.setup()
    render(
      <ReferenceProvider>
        <DomainsEditor />
      </ReferenceProvider>
    )
    const field = await screen.findByRole('textbox', { name: 'Domaine : Lieux partagés' })
    await user.clear(field)
    await user.type(field, 'Tiers-lieux')
    await user.click(screen.getByRole('button', { name: 'Renommer' }))
    await waitFor(async () =>
      expect(
        (await component.database.services.reference.get()).actionDomains.map((domain) => domain.label)
      ).toContain('Tiers-lieux')
    )

    const row = (await screen.findByRole('textbox', { name: 'Domaine : Tiers-lieux' })).closest(
      'tr'
    ) as HTMLElement
    await user.click(row.querySelector('button') as HTMLElement)
    await waitFor(() => expect(row).toHaveTextContent('Réactiver'))

    await user.type(screen.getByRole('textbox', { name: 'Nouveau domaine' }), 'Culture et lien social')
    await user.click(screen.getByRole('button', { name: 'Ajouter' }))
    expect(
      await screen.findByRole('textbox', { name: 'Domaine : Culture et lien social' })
    ).toBeInTheDocument()
  })

  it('refuses a head network without a name, with a French message', async () => {
    const user = userEvent.setup()
    render(
      <ReferenceProvider>
        <HeadNetworksEditor />
      </ReferenceProvider>
    )
    await user.click(await screen.findByRole('button', { name: 'Ajouter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/corriger|nom/i)
  })
})
