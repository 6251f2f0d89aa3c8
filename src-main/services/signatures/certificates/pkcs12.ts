import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import forge from 'node-forge'
import { ValidationError } from '../../../shared/errors'
import type { SigningKey } from '../signing-key'

const KEY_BAG = forge.pki.oids.pkcs8ShroudedKeyBag as string
const PLAIN_KEY_BAG = forge.pki.oids.keyBag as string
const CERT_BAG = forge.pki.oids.certBag as string

const binary = (bytes: Uint8Array) => forge.util.createBuffer(Buffer.from(bytes).toString('binary'))
const toBuffer = (asn1: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')

function bagKey(bag: forge.pkcs12.Bag): KeyObject | null {
  // node-forge decodes RSA keys itself and leaves others (EC) as ASN.1.
  if (bag.key) return createPrivateKey(forge.pki.privateKeyToPem(bag.key))
  if (bag.asn1) return createPrivateKey({ key: toBuffer(bag.asn1), format: 'der', type: 'pkcs8' })
  return null
}

function bagCertificate(bag: forge.pkcs12.Bag): X509Certificate | null {
  if (bag.cert) return new X509Certificate(toBuffer(forge.pki.certificateToAsn1(bag.cert)))
  if (bag.asn1) return new X509Certificate(toBuffer(bag.asn1))
  return null
}

/**
 * Opens a PKCS#12 file (.p12, .pfx) with its passphrase: the private key, the certificate that matches it, and the
 * other certificates as its chain. Every failure is a French sentence for the passphrase or the file field.
 */
/**
 * node-forge derives the MAC key from the passphrase as UTF-16 (as PKCS#12 says) but the PBES2 encryption key from
 * its raw characters, whereas OpenSSL and Windows feed PBKDF2 with UTF-8. So a non-ASCII passphrase verifies the MAC
 * and then fails to decrypt — or, about once in 256 files, decrypts to garbage whose padding happens to look right
 * and fails later, while parsing. Whatever the failure after the MAC has proven the passphrase right, the contents
 * are opened again with its UTF-8 bytes.
 */
function decodePfx(bytes: Uint8Array, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  try {
    return forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binary(bytes)), false, passphrase)
  } catch (error) {
    const wrongPassphrase = error instanceof Error && /MAC|password/i.test(error.message)
    // eslint-disable-next-line no-control-regex
    if (wrongPassphrase || /^[\x00-\x7f]*$/.test(passphrase)) throw error
    const pfx = forge.asn1.fromDer(binary(bytes))
    if (Array.isArray(pfx.value)) pfx.value = pfx.value.slice(0, 2)
    return forge.pkcs12.pkcs12FromAsn1(pfx, false, forge.util.encodeUtf8(passphrase))
  }
}

/**
 * Opens a PKCS#12 file (.p12, .pfx) with its passphrase: the private key, the certificate that matches it, and the
 * other certificates as its chain. Every failure is a French sentence for the passphrase or the file field.
 */
export function openPkcs12(bytes: Uint8Array, passphrase: string): SigningKey {
  let p12: forge.pkcs12.Pkcs12Pfx
  try {
    p12 = decodePfx(bytes, passphrase)
  } catch (error) {
    if (error instanceof Error && /MAC|password|decrypt/i.test(error.message))
      throw new ValidationError('Phrase secrète incorrecte pour ce certificat.', {
        passphrase: 'Phrase secrète incorrecte.'
      })
    throw new ValidationError('Ce fichier n’est pas un certificat PKCS#12 lisible (.p12 ou .pfx).', {
      file: 'Fichier PKCS#12 illisible.'
    })
  }
  const keyBags = [
    ...(p12.getBags({ bagType: KEY_BAG })[KEY_BAG] ?? []),
    ...(p12.getBags({ bagType: PLAIN_KEY_BAG })[PLAIN_KEY_BAG] ?? [])
  ]
  const certificates = (p12.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? [])
    .map(bagCertificate)
    .filter((certificate): certificate is X509Certificate => certificate !== null)
  const privateKey = keyBags.map(bagKey).find((key): key is KeyObject => key !== null)
  if (!privateKey)
    throw new ValidationError('Ce fichier ne contient pas de clé privée : il ne permet pas de signer.', {
      file: 'Aucune clé privée dans ce fichier.'
    })
  const certificate = certificates.find((candidate) => candidate.checkPrivateKey(privateKey))
  if (!certificate)
    throw new ValidationError('Aucun certificat de ce fichier ne correspond à sa clé privée.', {
      file: 'Certificat et clé ne correspondent pas.'
    })
  return { privateKey, certificate, chain: certificates.filter((other) => other !== certificate) }
}
