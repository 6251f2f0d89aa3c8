import type { KeyObject, X509Certificate } from 'node:crypto'

/** A private key and its certificate, held in the main process only for the time of one signature. */
export interface SigningKey {
  privateKey: KeyObject
  certificate: X509Certificate
  /** The issuers' certificates, nearest first, as the PKCS#12 file carried them. */
  chain: X509Certificate[]
}
