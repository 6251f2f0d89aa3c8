import { describe, expect, it } from 'vitest'
import { cleanName, cleanText } from '../../../src-main/shared/text/display-text'

describe('text from outside is shown without control or bidi characters', () => {
  it('a right-to-left override no longer reverses a name', () => {
    expect(cleanName('Direction nationale \u202Efdp.exe')).toBe('Direction nationale fdp.exe')
    expect(cleanName('\u2066Claire\u2069 \u200FDubois\u200E')).toBe('Claire Dubois')
  })

  it('an escape sequence cannot rewrite the terminal, a newline cannot forge a second line', () => {
    expect(cleanName('Claire\u001b[2K\u001b[1A Dubois')).toBe('Claire[2K[1A Dubois')
    expect(cleanName('Épicerie\nImport terminé : 0 refusé\r\n')).toBe('Épicerie Import terminé : 0 refusé')
    expect(cleanName('a\u2028b\tc\u0085d\u007f')).toBe('a b cd')
  })

  it('multi-line text keeps its line breaks and tabs, loses the rest', () => {
    expect(cleanText('Ligne 1\nLigne\t2\u2029Ligne 3\u0007\u202E')).toBe('Ligne 1\nLigne\t2\nLigne 3')
  })

  it('ordinary French text is left exactly as it was', () => {
    const text = 'L’Épicerie « solidaire » de Saint-Médard-en-Jalles : 1 500,00 € ; ça va ?'
    expect(cleanName(text)).toBe(text)
    expect(cleanText(text)).toBe(text)
  })
})
