import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { HomeRefresh } from '../../src-main/shared/ipc/contract'
import { AutomaticChangesNotice } from '../../src-renderer/src/pages/home/AutomaticChangesNotice'

const change = (id: number, to: 'active' | 'ended'): HomeRefresh['applied'][number] => ({
  id,
  reference: `AD-2026-33-${String(id).padStart(4, '0')}`,
  to
})

describe('what the app changed on its own at opening', () => {
  it('names a few changes in the sentence', () => {
    render(<AutomaticChangesNotice applied={[change(1, 'active'), change(2, 'ended')]} />)
    expect(screen.getByRole('status').textContent).toBe(
      'Mis à jour à la date du jour : AD-2026-33-0001 a commencé ; AD-2026-33-0002 est terminée.'
    )
  })

  it('counts many, with real plurals, each reference kept behind « Détails »', () => {
    const applied = [
      ...Array.from({ length: 120 }, (_, index) => change(index + 1, 'ended')),
      change(500, 'active')
    ]
    render(<AutomaticChangesNotice applied={applied} />)
    const notice = screen.getByRole('status')
    expect(notice.textContent).toMatch(
      /^Mis à jour à la date du jour : 1 convention a commencé, 120 conventions sont terminées\.Détails/
    )
    expect(screen.getByText('Détails').closest('details')?.open).toBe(false)
    expect(screen.getAllByRole('listitem', { hidden: true })).toHaveLength(121)
  })

  it('says nothing when nothing changed', () => {
    const { container } = render(<AutomaticChangesNotice applied={[]} />)
    expect(container.textContent).toBe('')
  })
})
