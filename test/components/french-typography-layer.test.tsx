import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { startFrenchTypography } from '../../src-renderer/src/app/french-typography-layer'
import { plural } from '../../src-renderer/src/plural'

const NBSP = '\u00a0'
/** The narrow one, which the documents' function puts before « ? ! ; » and inside « ». */
const NNBSP = '\u202f'

function Screen() {
  const [count, setCount] = useState(1)
  const [typed, setTyped] = useState('')
  return (
    <div>
      <p data-testid="label">Lieu de signature : Bordeaux</p>
      <p data-testid="question">Quitter quand même ?</p>
      <p data-testid="quoted">Cliquez sur « Générer »</p>
      <p data-testid="apostrophe">L'application n'a rien perdu</p>
      <p data-testid="count">{plural(count, 'point')} à compléter</p>
      <p data-testid="duration">Se terminent dans 60 jours</p>
      <button type="button" onClick={() => setCount(count + 1)} title="Ajouter : un point">
        Plus
      </button>
      <label htmlFor="typed">Votre texte</label>
      <input id="typed" value={typed} onChange={(event) => setTyped(event.target.value)} />
      <code data-testid="code">a:b ; 'x'</code>
    </div>
  )
}

describe('French typography of the interface', () => {
  let stop: (() => void) | undefined
  afterEach(() => stop?.())

  it('puts non-breaking spaces and the apostrophe ’ in what React writes, also after updates', async () => {
    const { container } = render(<Screen />)
    stop = startFrenchTypography(container)
    expect(screen.getByTestId('label').textContent).toBe(`Lieu de signature${NBSP}: Bordeaux`)
    expect(screen.getByTestId('question').textContent).toBe(`Quitter quand même${NNBSP}?`)
    expect(screen.getByTestId('quoted').textContent).toBe(`Cliquez sur «${NNBSP}Générer${NNBSP}»`)
    expect(screen.getByTestId('apostrophe').textContent).toBe('L’application n’a rien perdu')
    expect(screen.getByRole('button').getAttribute('title')).toBe(`Ajouter${NBSP}: un point`)
    expect(screen.getByTestId('count').textContent).toBe('1 point à compléter')
    expect(screen.getByTestId('duration').textContent).toBe('Se terminent dans 60 jours')

    await userEvent.click(screen.getByRole('button'))
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('2 points à compléter'))
  })

  it('never touches what the user types, nor code', async () => {
    const { container } = render(<Screen />)
    stop = startFrenchTypography(container)
    await userEvent.type(screen.getByLabelText('Votre texte'), "C'est : ça")
    expect(screen.getByLabelText<HTMLInputElement>('Votre texte').value).toBe("C'est : ça")
    expect(screen.getByTestId('code').textContent).toBe("a:b ; 'x'")
  })
})
