import { constants, createHash, verify, type KeyObject } from 'node:crypto'

/** Digest algorithms by OID, as Node names them. */
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

/** Signature algorithms whose OID names the digest too. */
const SIGNATURES_WITH_DIGEST: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512'
}
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const RSA_PSS = '1.2.840.113549.1.1.10'
const EC_PUBLIC_KEY = '1.2.840.10045.2.1'

export function digestName(oid: string): string | null {
  return DIGESTS[oid] ?? null
}

export function digestOf(oid: string, chunks: readonly Uint8Array[]): Buffer | null {
  const name = digestName(oid)
  if (!name) return null
  const hash = createHash(name)
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest()
}

/** Checks a CMS signature value over `data` with the signer's public key; false for an unknown algorithm. */
export function verifySignatureValue(
  signatureOid: string,
  digestOid: string,
  data: Buffer,
  publicKey: KeyObject,
  signature: Buffer
): boolean {
  const digest =
    SIGNATURES_WITH_DIGEST[signatureOid] ?? (isBareKeyAlgorithm(signatureOid) ? digestName(digestOid) : null)
  if (signatureOid === RSA_PSS) {
    const name = digestName(digestOid)
    if (!name) return false
    return verify(
      name,
      data,
      {
        key: publicKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO
      },
      signature
    )
  }
  if (!digest) return false
  try {
    return verify(digest, data, publicKey, signature)
  } catch {
    return false
  }
}

function isBareKeyAlgorithm(oid: string): boolean {
  return oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY
}
