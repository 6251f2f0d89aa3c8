/**
 * What keeps an erased contact's name, and why: the signatures they gave and the documents issued with their name
 * are the proof of signed agreements (GDPR art. 17(3)(e): establishment, exercise or defence of legal claims), so
 * erasure does not rewrite them. Exports that are not anonymised still carry them.
 */
export interface ErasureImpact {
  contactName: string
  signatures: Array<{
    reference: string
    /** ISO timestamp of the signature. */
    signedAt: string
    /** Received in an exchange bundle rather than given here. */
    received: boolean
  }>
  documents: Array<{ reference: string; version: number; kind: 'draft' | 'for_signature' | 'signed' }>
  /** The agreements these belong to: the ones an anonymised export should cover. */
  agreementIds: number[]
}
