import { X509Certificate } from 'node:crypto'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueLocalCertificate } from '../../../src-main/services/signatures/certificates/local-certificate'
import { openKey, sealKey } from '../../../src-main/services/signatures/certificates/key-protection'
import { openPkcs12 } from '../../../src-main/services/signatures/certificates/pkcs12'
import { assessTrust } from '../../../src-main/services/signatures/certificates/trust-chain'
import { NO_KEY_SEALER, type KeySealer } from '../../../src-main/services/signatures/key-sealer'
import { makeTempFolder } from '../../support/temp-database'
import { makeTestCa, type TestCa } from '../../support/test-ca'

/** Stands in for Electron's safeStorage: reversible, and visibly not the plain key. */
const FAKE_SYSTEM: KeySealer = {
  isAvailable: () => true,
  seal: (plain) => Buffer.from(plain, 'utf8').reverse(),
  open: (sealed) => Buffer.from(sealed).reverse().toString('utf8')
}

describe('signing certificates', () => {
  let folder: string
  let ca: TestCa
  let caCertificate: X509Certificate
  let now: Date

  beforeAll(() => {
    folder = makeTempFolder('certificates-')
    ca = makeTestCa(folder)
    caCertificate = new X509Certificate(ca.caPem)
    now = new Date(Date.now() + 1000)
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('opens a PKCS#12 file with an accented passphrase: key, matching certificate and its chain', () => {
    const key = openPkcs12(ca.laPoste.p12, ca.laPoste.passphrase)
    expect(key.certificate.subject).toContain('CN=Claire Martin')
    expect(key.certificate.checkPrivateKey(key.privateKey)).toBe(true)
    expect(key.chain.map((certificate) => certificate.fingerprint256)).toEqual([caCertificate.fingerprint256])
  })

  it('refuses a wrong passphrase and a file that is not PKCS#12, in French, next to the field', () => {
    expect(() => openPkcs12(ca.laPoste.p12, 'mauvaise')).toThrow(
      expect.objectContaining({
        message: 'Phrase secrète incorrecte pour ce certificat.',
        fieldErrors: { passphrase: 'Phrase secrète incorrecte.' }
      })
    )
    expect(() => openPkcs12(Buffer.from(ca.caPem), 'x')).toThrow(
      expect.objectContaining({ fieldErrors: { file: 'Fichier PKCS#12 illisible.' } })
    )
  })

  it('trusts a certificate issued by an authority trusted here, and only then', () => {
    const key = openPkcs12(ca.laPoste.p12, ca.laPoste.passphrase)
    expect(assessTrust(key.certificate, key.chain, [caCertificate], now)).toBe('trusted')
    expect(assessTrust(key.certificate, key.chain, [], now)).toBe('untrusted')
    const stranger = openPkcs12(ca.stranger.p12, ca.stranger.passphrase)
    expect(assessTrust(stranger.certificate, stranger.chain, [caCertificate], now)).toBe('untrusted')
    expect(
      assessTrust(key.certificate, key.chain, [caCertificate], new Date(Date.now() + 20 * 365 * 86_400_000))
    ).toBe('untrusted')
  })

  it('an end-entity certificate named as an authority does not make its holder trusted', () => {
    const key = openPkcs12(ca.laPoste.p12, ca.laPoste.passphrase)
    expect(assessTrust(key.certificate, [], [key.certificate], now)).toBe('untrusted')
  })

  it('issues a local certificate that names its holder and says it is local: a simple signature only', () => {
    const key = issueLocalCertificate({
      holder: 'Élodie Château',
      organisation: 'La Poste — Nouvelle-Aquitaine',
      now
    })
    expect(key.certificate.subject).toContain('CN=Élodie Château')
    expect(key.certificate.subject).toContain('OU=Certificat local Alliance Conventions')
    expect(key.certificate.checkPrivateKey(key.privateKey)).toBe(true)
    expect(key.certificate.ca).toBe(false)
    expect(assessTrust(key.certificate, [], [caCertificate], now)).toBe('local')
    expect(Date.parse(key.certificate.validTo)).toBeGreaterThan(now.getTime() + 3 * 364 * 86_400_000)
  })

  it('seals a key with a passphrase (scrypt, AES-GCM) and opens it only with that passphrase', () => {
    const { privateKey } = openPkcs12(ca.partner.p12, ca.partner.passphrase)
    const { protection, sealed } = sealKey(privateKey, NO_KEY_SEALER, 'une phrase assez longue')
    expect(protection).toBe('passphrase')
    expect(sealed.includes(privateKey.export({ type: 'pkcs8', format: 'der' }).subarray(40, 80))).toBe(false)
    const opened = openKey(sealed, protection, NO_KEY_SEALER, 'une phrase assez longue')
    expect(opened.export({ type: 'pkcs8', format: 'pem' })).toBe(
      privateKey.export({ type: 'pkcs8', format: 'pem' })
    )
    expect(() => openKey(sealed, protection, NO_KEY_SEALER, 'une autre phrase')).toThrow(
      'Phrase secrète incorrecte pour ce certificat.'
    )
    expect(() => openKey(sealed, protection, NO_KEY_SEALER, undefined)).toThrow(
      'Saisissez la phrase secrète de ce certificat.'
    )
  })

  it('uses the system protection when there is one, and asks for a passphrase when there is none', () => {
    const { privateKey } = openPkcs12(ca.partner.p12, ca.partner.passphrase)
    const system = sealKey(privateKey, FAKE_SYSTEM, undefined)
    expect(system.protection).toBe('system')
    expect(openKey(system.sealed, 'system', FAKE_SYSTEM, undefined).asymmetricKeyType).toBe('rsa')
    expect(() => sealKey(privateKey, NO_KEY_SEALER, undefined)).toThrow(/choisissez une phrase secrète/)
    expect(() => sealKey(privateKey, NO_KEY_SEALER, 'court')).toThrow(
      'La phrase secrète compte au moins 8 caractères.'
    )
  })
})
