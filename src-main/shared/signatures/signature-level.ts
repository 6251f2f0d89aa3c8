/**
 * What a cryptographic signature proves, in the words of eIDAS and of the Code civil. Only two levels are ever
 * claimed: a qualified signature needs a qualified device and provider that this application cannot vouch for, and
 * « authentique » is a term of art for notarial deeds.
 */
export type SignatureLevel = 'simple' | 'advanced'

/** How the signing certificate relates to the certificates this installation trusts. */
export type CertificateTrust =
  /** Chains to an authority this installation trusts, and was valid when the document was signed. */
  | 'trusted'
  /** Issued by this installation (or another one) for itself: nobody vouched for the signer's identity. */
  | 'local'
  /** Chains to no authority trusted here, or was not valid when the document was signed. */
  | 'untrusted'

export const SIGNATURE_LEVEL_LABELS: Record<SignatureLevel, string> = {
  simple: 'signature simple',
  advanced: 'signature avancée'
}

/** What each level means, for the certificates panel and the README. */
export const SIGNATURE_LEVEL_EXPLANATIONS: Record<SignatureLevel, string> = {
  simple:
    'Signature électronique simple (article 1367 du Code civil) : valable, mais c’est à celui qui s’en prévaut ' +
    'd’en prouver la fiabilité. Le fichier reste scellé : toute modification ultérieure se voit.',
  advanced:
    'Signature électronique avancée (règlement eIDAS, article 26) : liée au signataire seul et permettant de ' +
    'l’identifier, créée avec un certificat personnel sous son contrôle exclusif, et toute modification ultérieure ' +
    'du document se voit.'
}

/**
 * The level a valid signature reaches. An advanced signature needs a personal certificate that an authority this
 * installation trusts vouched for; a local certificate or an unknown authority gives a simple signature only.
 */
export function signatureLevel(trust: CertificateTrust): SignatureLevel {
  return trust === 'trusted' ? 'advanced' : 'simple'
}
