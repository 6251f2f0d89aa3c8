import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openPkcs12 } from '../../../src-main/services/signatures/certificates/pkcs12'

/**
 * A throwaway test certificate exported by OpenSSL 3 with a non-ASCII passphrase, kept because it is one of the
 * files (about one in 500) where node-forge's own key decrypts the contents to garbage whose padding looks right:
 * the failure then comes while parsing, not while decrypting.
 */
const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'garbage-padding-utf8-passphrase.p12'))

describe('opening a PKCS#12 file protected by an accented passphrase', () => {
  it('opens the file whichever way the first attempt fails', () => {
    const key = openPkcs12(fixture, 'phrase laPoste secrète')
    expect(key.certificate.subject).toContain('CN=Claire Martin')
  })

  it('still says « phrase secrète incorrecte » for a wrong passphrase, next to its field', () => {
    expect(() => openPkcs12(fixture, 'phrase laPoste secrete')).toThrow(
      expect.objectContaining({ fieldErrors: { passphrase: 'Phrase secrète incorrecte.' } })
    )
  })
})
