import { sign } from 'node:crypto'
import type { DigestAlgorithm, Signer } from '@libpdf/core'
import type { SigningKey } from '../signing-key'

const NODE_DIGEST: Record<DigestAlgorithm, string> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512'
}

/** Lets @libpdf/core sign with a key that stays a Node KeyObject in the main process. */
export function libpdfSigner(key: SigningKey): Signer {
  const ec = key.privateKey.asymmetricKeyType === 'ec'
  return {
    certificate: new Uint8Array(key.certificate.raw),
    certificateChain: key.chain.map((certificate) => new Uint8Array(certificate.raw)),
    keyType: ec ? 'EC' : 'RSA',
    signatureAlgorithm: ec ? 'ECDSA' : 'RSASSA-PKCS1-v1_5',
    // CMS wants ECDSA signatures DER-encoded, which is Node's default.
    sign: async (data, algorithm) => new Uint8Array(sign(NODE_DIGEST[algorithm], data, key.privateKey))
  }
}
