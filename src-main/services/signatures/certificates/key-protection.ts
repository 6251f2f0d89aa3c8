import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  randomBytes,
  scryptSync,
  type KeyObject
} from 'node:crypto'
import type { KeyProtection } from '../../../shared/signatures/certificate-summary'
import { ValidationError } from '../../../shared/errors'
import type { KeySealer } from '../key-sealer'

// scrypt at 64 MiB: a few hundred milliseconds per signature, far too slow to guess passphrases offline.
const SCRYPT = { N: 2 ** 16, r: 8, p: 1, maxmem: 128 * 1024 * 1024 }
const FORMAT = 1
const SALT = 16
const IV = 12
const TAG = 16

export const MIN_PASSPHRASE_LENGTH = 8

function pkcs8(key: KeyObject): Buffer {
  return key.export({ type: 'pkcs8', format: 'der' })
}

/** Encrypts a private key with a key derived from the passphrase (scrypt, then AES-256-GCM). */
export function sealWithPassphrase(key: KeyObject, passphrase: string): Buffer {
  const salt = randomBytes(SALT)
  const iv = randomBytes(IV)
  const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase, salt, 32, SCRYPT), iv)
  const body = Buffer.concat([cipher.update(pkcs8(key)), cipher.final()])
  return Buffer.concat([Buffer.from([FORMAT]), salt, iv, cipher.getAuthTag(), body])
}

export function openWithPassphrase(sealed: Buffer, passphrase: string): KeyObject {
  const salt = sealed.subarray(1, 1 + SALT)
  const iv = sealed.subarray(1 + SALT, 1 + SALT + IV)
  const tag = sealed.subarray(1 + SALT + IV, 1 + SALT + IV + TAG)
  const decipher = createDecipheriv('aes-256-gcm', scryptSync(passphrase, salt, 32, SCRYPT), iv)
  decipher.setAuthTag(tag)
  try {
    const der = Buffer.concat([decipher.update(sealed.subarray(1 + SALT + IV + TAG)), decipher.final()])
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  } catch {
    throw new ValidationError('Phrase secrète incorrecte pour ce certificat.', {
      passphrase: 'Phrase secrète incorrecte.'
    })
  }
}

/** Seals a key with the system when it can, else with the passphrase, which is then required. */
export function sealKey(
  key: KeyObject,
  sealer: KeySealer,
  passphrase: string | undefined
): { protection: KeyProtection; sealed: Buffer } {
  if (passphrase !== undefined && passphrase !== '') {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new ValidationError(`La phrase secrète compte au moins ${MIN_PASSPHRASE_LENGTH} caractères.`, {
        newPassphrase: `${MIN_PASSPHRASE_LENGTH} caractères au moins.`
      })
    return { protection: 'passphrase', sealed: sealWithPassphrase(key, passphrase) }
  }
  if (!sealer.isAvailable())
    throw new ValidationError(
      'Ce poste ne sait pas protéger la clé par le compte Windows ou macOS : choisissez une phrase secrète.',
      { newPassphrase: 'Choisissez une phrase secrète pour protéger la clé.' }
    )
  return { protection: 'system', sealed: sealer.seal(pkcs8(key).toString('base64')) }
}

export function openKey(
  sealed: Buffer,
  protection: KeyProtection,
  sealer: KeySealer,
  passphrase: string | undefined
): KeyObject {
  if (protection === 'passphrase') {
    if (!passphrase)
      throw new ValidationError('Saisissez la phrase secrète de ce certificat.', {
        passphrase: 'Phrase secrète requise.'
      })
    return openWithPassphrase(sealed, passphrase)
  }
  if (!sealer.isAvailable())
    throw new ValidationError(
      'La clé de ce certificat est protégée par le compte de l’utilisateur : signez depuis l’application de bureau.'
    )
  return createPrivateKey({ key: Buffer.from(sealer.open(sealed), 'base64'), format: 'der', type: 'pkcs8' })
}
